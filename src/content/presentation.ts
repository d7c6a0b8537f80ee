/**
 * The presentation fields of a content file — `notation:` and `steps:` — read and checked, with
 * messages in the same one-line form as the network spec's ("FILE: FIELD: problem").
 */

import { parseParam } from '../engine/params.ts';
import type { NetworkSpec } from '../engine/spec.ts';
import { LANGS, type Text } from '../schema/language.ts';
import { FORMAT_LIMITS, lengthProblem } from '../schema/limits.ts';
import {
  MATRIX_KEYS,
  NAME_KEYS,
  NOTATION_CHOICES,
  NOTATION_LETTERS,
  type NotationSpec,
} from '../schema/notation.ts';
import {
  BLOCKS,
  type Block,
  CELLS_OF,
  CHAPTERS,
  type Chapter,
  PROOF_PARTS,
  type StepSpec,
} from '../schema/steps.ts';
import { notationProblem } from './notationTex.ts';
import { describe, SpecError } from './validate.ts';

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

const CHOICES: Record<string, readonly (string | number)[]> = NOTATION_CHOICES;
const LETTERS: readonly string[] = NOTATION_LETTERS;

export function readNotation(raw: unknown, file: string): NotationSpec {
  if (raw === undefined || raw === null) return {};
  if (!isRecord(raw))
    throw new SpecError(file, 'notation', `expected a mapping, got ${describe(raw)}`);
  const out: Raw = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = `notation.${key}`;
    if (key in CHOICES) {
      if (!CHOICES[key].includes(value as string)) {
        throw new SpecError(
          file,
          field,
          `expected ${CHOICES[key].join(' or ')}, got ${describe(value)}`,
        );
      }
      out[key] = value;
    } else if (LETTERS.includes(key)) {
      out[key] = symbol(value, field, file);
    } else if (key === 'names' || key === 'matrixNames') {
      const allowed: readonly string[] = key === 'names' ? NAME_KEYS : MATRIX_KEYS;
      if (!isRecord(value))
        throw new SpecError(file, field, `expected a mapping, got ${describe(value)}`);
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, letter]) => {
          if (!allowed.includes(name))
            throw new SpecError(
              file,
              `${field}.${name}`,
              `unknown name (expected ${allowed.join(', ')})`,
            );
          return [name, symbol(letter, `${field}.${name}`, file)];
        }),
      );
    } else {
      throw new SpecError(file, field, 'unknown notation setting');
    }
  }
  return out as NotationSpec;
}

export function readSteps(raw: unknown, spec: NetworkSpec, file: string): StepSpec[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw) || raw.length === 0)
    throw new SpecError(file, 'steps', `expected a list of steps, got ${describe(raw)}`);
  if (raw.length > FORMAT_LIMITS.steps)
    throw new SpecError(file, 'steps', `at most ${FORMAT_LIMITS.steps} steps, got ${raw.length}`);
  const L = spec.layers.length - 1;
  return raw.map((step, i) => {
    const at = `steps[${i}]`;
    if (!isRecord(step)) throw new SpecError(file, at, `expected a mapping, got ${describe(step)}`);
    const block = step.block;
    if (!BLOCKS.includes(block as Block))
      throw new SpecError(
        file,
        `${at}.block`,
        `unknown block ${describe(block)} (expected ${BLOCKS.join(', ')})`,
      );
    const out: StepSpec = {
      block: block as Block,
      title: bilingual(step.title, `${at}.title`, file),
      text: bilingual(step.text, `${at}.text`, file),
    };
    if (step.source !== undefined) out.source = bilingual(step.source, `${at}.source`, file);
    if (step.id !== undefined) out.id = text(step.id, `${at}.id`, file);
    if (step.chapter !== undefined) {
      if (!CHAPTERS.includes(step.chapter as Chapter))
        throw new SpecError(
          file,
          `${at}.chapter`,
          `expected one of ${CHAPTERS.join(', ')}, got ${describe(step.chapter)}`,
        );
      out.chapter = step.chapter as Chapter;
    }
    if (step.layer !== undefined) {
      if (
        !Number.isInteger(step.layer) ||
        (step.layer as number) < 1 ||
        (step.layer as number) > L
      ) {
        throw new SpecError(
          file,
          `${at}.layer`,
          `expected a layer from 1 to ${L}, got ${describe(step.layer)}`,
        );
      }
      out.layer = step.layer as number;
    }
    if (step.param !== undefined) {
      const p = parseParam(String(step.param), spec);
      if ('error' in p) throw new SpecError(file, `${at}.param`, p.error);
      out.param = String(step.param);
    } else if (block === 'trace')
      throw new SpecError(file, `${at}.param`, 'a trace step names the parameter it traces');
    if (step.unit !== undefined) {
      const layer = block === 'cancellation' ? L : (out.layer ?? L);
      if (
        !Number.isInteger(step.unit) ||
        (step.unit as number) < 0 ||
        (step.unit as number) >= spec.layers[layer]
      ) {
        throw new SpecError(
          file,
          `${at}.unit`,
          `expected a unit from 0 to ${spec.layers[layer] - 1} of layer ${layer}, got ${describe(step.unit)}`,
        );
      }
      out.unit = step.unit as number;
    }
    if (step.of !== undefined) {
      if (!(CELLS_OF as readonly unknown[]).includes(step.of))
        throw new SpecError(
          file,
          `${at}.of`,
          `expected weights, biases or inputs, got ${describe(step.of)}`,
        );
      if (step.of === 'biases' && !spec.biases)
        throw new SpecError(file, `${at}.of`, 'this network has no biases');
      out.of = step.of as StepSpec['of'];
    }
    if (step.learningRate !== undefined) {
      if (
        typeof step.learningRate !== 'number' ||
        !(step.learningRate > 0) ||
        !Number.isFinite(step.learningRate)
      ) {
        throw new SpecError(
          file,
          `${at}.learningRate`,
          `expected a number > 0, got ${describe(step.learningRate)}`,
        );
      }
      out.learningRate = step.learningRate;
    }
    if (
      block === 'cancellation' &&
      (spec.loss !== 'bce' || spec.activations[L - 1] !== 'sigmoid')
    ) {
      throw new SpecError(
        file,
        `${at}.block`,
        'cancellation shows bce after a sigmoid output; this network has neither',
      );
    }
    if (step.part !== undefined) {
      if (!(PROOF_PARTS as readonly unknown[]).includes(step.part)) {
        throw new SpecError(
          file,
          `${at}.part`,
          `expected setup, output, layer, total, identities or ascent, got ${describe(step.part)}`,
        );
      }
      out.part = step.part as StepSpec['part'];
    }
    for (const key of ['seed', 'steps'] as const) {
      const v = step[key];
      if (v === undefined) continue;
      if (
        !Number.isInteger(v) ||
        (v as number) < (key === 'steps' ? 1 : 0) ||
        (v as number) > 100_000
      ) {
        throw new SpecError(
          file,
          `${at}.${key}`,
          `expected a whole number from ${key === 'steps' ? 1 : 0} to 100000, got ${describe(v)}`,
        );
      }
      out[key] = v as number;
    }
    if (
      block === 'proof' &&
      !(
        spec.loss === 'ce' &&
        spec.activations[L - 1] === 'softmax' &&
        spec.activations.slice(0, -1).every((f) => f === 'sigmoid')
      )
    ) {
      throw new SpecError(
        file,
        `${at}.block`,
        'the proof by differentials needs sigmoid hidden layers and a softmax output with ce',
      );
    }
    if (
      block === 'jacobian' &&
      !(
        L === 2 &&
        spec.loss === 'half_sse' &&
        spec.activations.every((f) => f === 'sigmoid') &&
        !spec.biases
      )
    ) {
      throw new SpecError(
        file,
        `${at}.block`,
        'the Jacobian chain is written for two sigmoid layers without biases and half_sse',
      );
    }
    if ((block === 'accumulate' || block === 'average') && out.layer === undefined) {
      throw new SpecError(
        file,
        `${at}.layer`,
        `${block === 'accumulate' ? 'an' : 'a'} ${block} step names its layer`,
      );
    }
    return out;
  });
}

/** A notation symbol: text in the small TeX vocabulary of notationTex.ts. */
function symbol(value: unknown, field: string, file: string): string {
  const tex = text(value, field, file);
  // What is not allowed is named first: it says more than the length.
  const problem = notationProblem(tex) ?? lengthProblem(tex, FORMAT_LIMITS.symbolLength);
  if (problem) throw new SpecError(file, field, problem);
  return tex;
}

function text(value: unknown, field: string, file: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new SpecError(file, field, `expected text, got ${describe(value)}`);
  return value;
}

/** Text in every language the app speaks. */
function bilingual(value: unknown, field: string, file: string): Text {
  if (!isRecord(value))
    throw new SpecError(
      file,
      field,
      `expected text in ${LANGS.join(' and ')}, got ${describe(value)}`,
    );
  const out = {} as Text;
  for (const lang of LANGS) {
    out[lang] = text(value[lang], `${field}.${lang}`, file);
    const long = lengthProblem(out[lang], FORMAT_LIMITS.textLength);
    if (long) throw new SpecError(file, `${field}.${lang}`, long);
  }
  return out;
}
