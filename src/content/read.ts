/** Content files as text, parsed (YAML or JSON, by extension) and read into presets. */

import { parseContentText } from './parse.ts';
import {
  type ContentFile,
  collectPresets,
  type ParsedFile,
  type Preset,
  type PresetSet,
  presetFromData,
} from './presets.ts';
import { SpecError } from './validate.ts';

/** Parses one file; a file that does not parse becomes its one-line message. */
export function parseFile(file: ContentFile): ParsedFile {
  try {
    return { path: file.path, data: parseContentText(file.text, file.path) };
  } catch (e) {
    if (e instanceof SpecError) return { path: file.path, error: e.message };
    throw e;
  }
}

/** Parses and validates one file; throws SpecError. */
export function readPreset(file: ContentFile): Preset {
  return presetFromData(parseContentText(file.text, file.path), file.path);
}

/** Every file parsed and validated on its own; see collectPresets. */
export function readPresets(files: readonly ContentFile[]): PresetSet {
  return collectPresets(files.map(parseFile));
}
