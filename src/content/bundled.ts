/** The presets bundled into the app: content/ parsed at build time (contentPlugin.ts), validated here. */

import files from 'virtual:atlas-content';
import { collectPresets, type PresetSet } from './presets.ts';

export function bundledPresets(): PresetSet {
  return collectPresets(files);
}
