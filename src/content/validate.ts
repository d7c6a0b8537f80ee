/**
 * Checks a parsed content file against network-spec.md §1 and turns it into a NetworkSpec, or
 * names the first thing wrong with it in one line: "FILE: FIELD.PATH: what is wrong".
 * Fields the engine does not read (titles, notation, narrative) are left to their own readers.
 */

import { LOSS } from '../engine/losses.ts';
import {
  ACTIVATIONS,
  type Activation,
  LOSSES,
  type Loss,
  type NetworkSpec,
  REDUCTIONS,
  type Reduction,
  type Sample,
} from '../engine/spec.ts';
import {
  FORMAT_LIMITS,
  formatLayersProblem,
  formatSamplesProblem,
  lengthProblem,
} from '../schema/limits.ts';

export class SpecError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(field ? `${file}: ${field}: ${problem}` : `${file}: ${problem}`);
    this.name = 'SpecError';
  }
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Validates one parsed file; throws SpecError on the first broken rule. */
export function validateSpec(raw: unknown, file: string): NetworkSpec {
  const fail: (field: string, problem: string) => never = (field, problem) => {
    throw new SpecError(file, field, problem);
  };
  if (!isRecord(raw))
    return fail(
      '',
      `expected a mapping of fields (id, layers, activations, …), got ${describe(raw)}`,
    );

  const id = raw.id;
  if (typeof id !== 'string') fail('id', `expected a kebab-case name, got ${describe(id)}`);
  const idTooLong = lengthProblem(id as string, FORMAT_LIMITS.idLength);
  if (idTooLong) fail('id', idTooLong);
  else if (!KEBAB.test(id))
    fail(
      'id',
      `expected a kebab-case name (lower-case letters, digits and dashes), got ${describe(id)}`,
    );

  const layers = raw.layers;
  if (!Array.isArray(layers) || layers.length < 2) {
    return fail(
      'layers',
      `expected a list of at least 2 unit counts (input first), got ${describe(layers)}`,
    );
  }
  // Bounds first: nothing below is read by a size past them.
  const tooLarge = formatLayersProblem(layers);
  if (tooLarge) fail(...tooLarge);
  layers.forEach((n, l) => {
    if (!Number.isInteger(n) || (n as number) < 1)
      fail(`layers[${l}]`, `expected a whole number ≥ 1, got ${describe(n)}`);
  });
  const sizes = layers as number[];
  const L = sizes.length - 1;
  const layerName = (l: number) => (l === 0 ? 'the input layer' : `layer ${l}`);

  const activations = raw.activations;
  if (!Array.isArray(activations) || activations.length !== L) {
    fail(
      'activations',
      `expected ${L} activation${plural(L)} (one per layer after the input), got ${describe(activations)}`,
    );
  }
  (activations as unknown[]).forEach((f, i) => {
    if (!ACTIVATIONS.includes(f as Activation))
      fail(
        `activations[${i}]`,
        `unknown activation ${describe(f)} (expected ${choices(ACTIVATIONS)})`,
      );
  });

  const loss = raw.loss;
  if (!LOSSES.includes(loss as Loss))
    fail('loss', `unknown loss ${describe(loss)} (expected ${choices(LOSSES)})`);

  const reduction = raw.reduction ?? 'mean';
  if (!REDUCTIONS.includes(reduction as Reduction))
    fail('reduction', `expected mean or sum, got ${describe(reduction)}`);

  const weights = raw.weights;
  if (!Array.isArray(weights) || weights.length !== L) {
    fail(
      'weights',
      `expected ${L} matri${L === 1 ? 'x' : 'ces'} (one per layer after the input), got ${describe(weights)}`,
    );
  }
  (weights as unknown[]).forEach((W, i) => {
    const l = i + 1;
    if (!Array.isArray(W) || W.length !== sizes[l]) {
      fail(
        `weights[${i}]`,
        `expected ${sizes[l]} row${plural(sizes[l])} (${layerName(l)} has ${sizes[l]} unit${plural(sizes[l])}), got ${describe(W)}`,
      );
    }
    (W as unknown[]).forEach((row, j) => {
      numbers(
        row,
        sizes[l - 1],
        `weights[${i}][${j}]`,
        `${layerName(l - 1)} has ${sizes[l - 1]} unit${plural(sizes[l - 1])}`,
        fail,
      );
    });
  });

  const biases = raw.biases;
  if (biases !== undefined && biases !== null) {
    if (!Array.isArray(biases) || biases.length !== L) {
      fail(
        'biases',
        `expected ${L} vector${plural(L)} (one per layer after the input), got ${describe(biases)}`,
      );
    }
    (biases as unknown[]).forEach((b, i) => {
      numbers(
        b,
        sizes[i + 1],
        `biases[${i}]`,
        `${layerName(i + 1)} has ${sizes[i + 1]} unit${plural(sizes[i + 1])}`,
        fail,
      );
    });
  }

  const samples = raw.samples;
  if (!Array.isArray(samples) || samples.length === 0)
    fail('samples', `expected a list of at least one {x, y}, got ${describe(samples)}`);
  const tooMany = formatSamplesProblem(samples as unknown[]);
  if (tooMany) fail(...tooMany);
  for (const [b, s] of (samples as unknown[]).entries()) {
    if (!isRecord(s)) fail(`samples[${b}]`, `expected a mapping with x and y, got ${describe(s)}`);
    numbers(
      s.x,
      sizes[0],
      `samples[${b}].x`,
      `the input layer has ${sizes[0]} unit${plural(sizes[0])}`,
      fail,
    );
    numbers(
      s.y,
      sizes[L],
      `samples[${b}].y`,
      `the output layer has ${sizes[L]} unit${plural(sizes[L])}`,
      fail,
    );
  }

  const regularization = raw.regularization;
  if (regularization !== undefined && regularization !== null) {
    if (!isRecord(regularization))
      fail('regularization', `expected a mapping {l2: λ}, got ${describe(regularization)}`);
    const l2 = (regularization as Record<string, unknown>).l2;
    if (!isFiniteNumber(l2) || l2 < 0)
      fail('regularization.l2', `expected a finite number ≥ 0, got ${describe(l2)}`);
  }

  const output = (activations as Activation[])[L - 1];
  const targets = (samples as Sample[]).map((s) => s.y);
  const { needs, targets: allowed } = LOSS[loss as Loss];
  if (needs && output !== needs)
    fail('loss', `${loss} needs a ${needs} output layer, but activations[${L - 1}] is ${output}`);
  if (allowed) {
    targets.forEach((y, b) => {
      y.forEach((v, k) => {
        if (v < allowed.min || v > allowed.max)
          fail(`samples[${b}].y[${k}]`, `${allowed.rule}, got ${v}`);
      });
    });
  }

  const spec: NetworkSpec = {
    id: id as string,
    layers: sizes.slice(),
    activations: (activations as Activation[]).slice(),
    loss: loss as Loss,
    weights: (weights as number[][][]).map((W) => W.map((row) => row.slice())),
    samples: (samples as Sample[]).map((s) => ({ x: s.x.slice(), y: s.y.slice() })),
    reduction: reduction as Reduction,
  };
  if (Array.isArray(biases)) spec.biases = (biases as number[][]).map((b) => b.slice());
  if (isRecord(regularization)) spec.regularization = { l2: regularization.l2 as number };
  return spec;
}

/** Checks a list of exactly `count` finite numbers. */
function numbers(
  value: unknown,
  count: number,
  field: string,
  why: string,
  fail: (field: string, problem: string) => never,
): void {
  if (!Array.isArray(value) || value.length !== count) {
    fail(
      field,
      `expected ${count} number${plural(count)} (${why}), got ${Array.isArray(value) ? value.length : describe(value)}`,
    );
  }
  (value as unknown[]).forEach((v, k) => {
    if (!isFiniteNumber(v)) fail(`${field}[${k}]`, `expected a finite number, got ${describe(v)}`);
  });
}

/** Says what a value is, briefly, for a message. */
export function describe(v: unknown): string {
  if (v === undefined || v === null) return 'nothing';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `a list of ${v.length}`;
  return 'a mapping';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

function choices(names: readonly string[]): string {
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
