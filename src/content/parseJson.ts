/** Turns JSON text into plain data, or a one-line message that names the file. */

import { SpecError } from './validate.ts';

export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new SpecError(file, '', `not valid JSON: ${(e as Error).message}`);
  }
}
