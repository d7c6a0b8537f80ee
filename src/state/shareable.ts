/**
 * A person's own network travels in the URL as `def=`: its content-format fields as JSON, UTF-8,
 * base64url. Reading it back validates it like any content file, so a broken link gets the usual
 * one-line message instead of a broken page. Links are made compressed in the fragment now
 * (linkedNetwork.ts); these `?def=` links still open.
 */

import { checkPageLimits, checkPageSize } from '../content/pageLimits.ts';
import { parseJsonText } from '../content/parseJson.ts';
import { type Preset, presetFromData } from '../content/presets.ts';
import { presetToContent } from './saved.ts';

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws on text that is not base64url. */
export function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** A link's JSON to a network, validated as the file `link.json`; throws a SpecError. */
export function networkFromJson(json: string): Preset {
  checkPageSize(json.length, 'link.json');
  const preset = presetFromData(parseJsonText(json, 'link.json'), 'link.json');
  checkPageLimits(preset.spec, 'link.json');
  return preset;
}

/** What a link that cannot be read says: the validator's line, or that it is damaged. */
export function readNetworkError(e: unknown): { error: string } {
  return {
    error:
      e instanceof Error && e.message.startsWith('link.json')
        ? e.message
        : 'link: the network in this link could not be read',
  };
}

export function encodeNetwork(preset: Preset): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(presetToContent(preset))));
}

export function decodeNetwork(text: string): Preset | { error: string } {
  try {
    checkPageSize(text.length, 'link.json');
    return networkFromJson(new TextDecoder().decode(fromBase64Url(text)));
  } catch (e) {
    return readNetworkError(e);
  }
}
