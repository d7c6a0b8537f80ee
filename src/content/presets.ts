/**
 * The set of presets: every content file's data validated on its own, so that a broken file
 * becomes one message while every other preset stays usable. Ids must be unique. Parsing text is
 * read.ts's work (the page gets its content already parsed at build time; see contentPlugin.ts).
 */

import type { NetworkSpec } from '../engine/spec.ts';
import { FORMAT_LIMITS, lengthProblem } from '../schema/limits.ts';
import type { NotationSpec } from '../schema/notation.ts';
import type { StepSpec } from '../schema/steps.ts';
import { readNotation, readSteps } from './presentation.ts';
import { SpecError, validateSpec } from './validate.ts';

export interface ContentFile {
  /** Path from the repository root, e.g. content/networks/foo.yaml; it names the file in messages. */
  path: string;
  text: string;
}

/** A content file after parsing: its data, or the one-line message of why it could not be parsed. */
export type ParsedFile = { path: string; data: unknown } | { path: string; error: string };

export interface Preset {
  file: string;
  spec: NetworkSpec;
  /** Display title per language code, when the file gives one. */
  title: Record<string, string>;
  /** How the preset writes its symbols (empty: textbook notation). */
  notation: NotationSpec;
  /** The preset's own storyline; absent, the general one is used. */
  steps?: StepSpec[];
  /** η of the general storyline's update step. */
  learningRate?: number;
}

export interface PresetSet {
  presets: Preset[];
  /** One line per file that was refused. */
  errors: string[];
}

/** Validates the data of one file, named `file` in messages; throws SpecError. */
export function presetFromData(raw: unknown, file: string): Preset {
  const spec = validateSpec(raw, file);
  const fields = raw as Record<string, unknown>;
  const steps = readSteps(fields.steps, spec, file);
  const lr = fields.learningRate;
  if (lr !== undefined && (typeof lr !== 'number' || !(lr > 0) || !Number.isFinite(lr))) {
    throw new SpecError(file, 'learningRate', `expected a number > 0, got ${String(lr)}`);
  }
  return {
    file,
    spec,
    title: readTitle(raw, file),
    notation: readNotation(fields.notation, file),
    ...(steps ? { steps } : {}),
    ...(typeof lr === 'number' ? { learningRate: lr } : {}),
  };
}

/** Reads every parsed file, in path order; refuses a file whose id an earlier file already took. */
export function collectPresets(files: readonly ParsedFile[]): PresetSet {
  const presets: Preset[] = [];
  const errors: string[] = [];
  const owner = new Map<string, string>();
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if ('error' in file) {
      errors.push(file.error);
      continue;
    }
    try {
      const preset = presetFromData(file.data, file.path);
      const first = owner.get(preset.spec.id);
      if (first)
        throw new SpecError(file.path, 'id', `"${preset.spec.id}" is already used by ${first}`);
      owner.set(preset.spec.id, file.path);
      presets.push(preset);
    } catch (e) {
      if (!(e instanceof SpecError)) throw e;
      errors.push(e.message);
    }
  }
  return { presets, errors };
}

/** `title` is either one string or a mapping from language code to string. */
function readTitle(raw: unknown, file: string): Record<string, string> {
  const title = (raw as Record<string, unknown>).title;
  if (title === undefined) return {};
  if (typeof title === 'string') {
    const long = lengthProblem(title, FORMAT_LIMITS.titleLength);
    if (long) throw new SpecError(file, 'title', long);
    return { en: title };
  }
  if (typeof title === 'object' && title !== null && !Array.isArray(title)) {
    const out: Record<string, string> = {};
    for (const [lang, text] of Object.entries(title)) {
      if (typeof text !== 'string')
        throw new SpecError(file, `title.${lang}`, `expected text, got ${typeof text}`);
      const long = lengthProblem(text, FORMAT_LIMITS.titleLength);
      if (long) throw new SpecError(file, `title.${lang}`, long);
      out[lang] = text;
    }
    return out;
  }
  throw new SpecError(file, 'title', 'expected text or a mapping from language code to text');
}
