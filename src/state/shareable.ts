/**
 * A person's own network travels in the URL as `def=`: its content-format fields as JSON, UTF-8,
 * base64url. Reading it back validates it like any content file, so a broken link gets the usual
 * one-line message instead of a broken page.
 */

import { checkPageLimits, checkPageSize } from '../content/pageLimits.ts';
import { parseJsonText } from '../content/parseJson.ts';
import { type Preset, presetFromData } from '../content/presets.ts';
import { presetToContent } from './saved.ts';

export function encodeNetwork(preset: Preset): string {
  const bytes = new TextEncoder().encode(JSON.stringify(presetToContent(preset)));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeNetwork(text: string): Preset | { error: string } {
  try {
    checkPageSize(text.length, 'link.json');
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const preset = presetFromData(parseJsonText(json, 'link.json'), 'link.json');
    checkPageLimits(preset.spec, 'link.json');
    return preset;
  } catch (e) {
    return {
      error:
        e instanceof Error && e.message.startsWith('link.json')
          ? e.message
          : 'link: the network in this link could not be read',
    };
  }
}
