/** The content files bundled into the app by Vite, read as text and validated in the browser. */

import { type ContentFile, type PresetSet, readPresets } from './presets.ts';

const texts = import.meta.glob<string>('/content/**/*.{yaml,yml,json}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Paths as the repository names them (content/…), which is how messages name a file. */
export const bundledFiles: ContentFile[] = Object.entries(texts).map(([path, text]) => ({
  path: path.replace(/^\//, ''),
  text,
}));

export function bundledPresets(): PresetSet {
  return readPresets(bundledFiles);
}
