/**
 * Building a network from a form: layer sizes, an activation per layer, loss, reduction, λ,
 * biases on or off, samples, and weights drawn from a seeded generator. The result goes through
 * the same validation as a content file, so the compatibility rules give the same messages.
 */

import { SpecError, validateSpec } from '../content/validate.ts';
import { seededRandom } from '../engine/random.ts';
import type { Activation, Loss, NetworkSpec, Reduction } from '../engine/spec.ts';

/** The builder's limits: deeper or wider networks would not fit on a screen or in a trace. */
export const MAX_LAYERS = 8;
export const MAX_UNITS = 12;
export const MAX_SAMPLES = 16;

export interface BuilderForm {
  id: string;
  /** Unit counts, input first, as typed: "2, 3, 1". */
  sizes: string;
  activations: Activation[];
  loss: Loss;
  reduction: Reduction;
  l2: string;
  biases: boolean;
  seed: string;
  samples: { x: string[]; y: string[] }[];
}

/** Reads "2, 3, 1" into unit counts, or says what is wrong (in the builder's own terms). */
export function readSizes(text: string): number[] | { error: string } {
  const parts = text.split(/[\s,]+/).filter((s) => s !== '');
  const sizes = parts.map(Number);
  if (parts.length < 2)
    return { error: 'layers: give at least 2 sizes, input first (e.g. 2, 3, 1)' };
  if (parts.length - 1 > MAX_LAYERS)
    return {
      error: `layers: at most ${MAX_LAYERS} layers after the input, got ${parts.length - 1}`,
    };
  const bad = sizes.findIndex((n) => !Number.isInteger(n) || n < 1);
  if (bad >= 0)
    return {
      error: `layers[${bad}]: expected a whole number ≥ 1, got ${JSON.stringify(parts[bad])}`,
    };
  const wide = sizes.findIndex((n) => n > MAX_UNITS);
  if (wide >= 0)
    return { error: `layers[${wide}]: at most ${MAX_UNITS} units in a layer, got ${sizes[wide]}` };
  return sizes;
}

/** Weights uniform in ±1/√(fan-in), biases 0: the same seed gives the same network. */
export function initialWeights(sizes: readonly number[], seed: number): number[][][] {
  const rand = seededRandom(seed);
  return sizes.slice(1).map((n, i) => {
    const scale = 1 / Math.sqrt(sizes[i]);
    return Array.from({ length: n }, () =>
      Array.from({ length: sizes[i] }, () => Math.round((2 * rand() - 1) * scale * 1000) / 1000),
    );
  });
}

export function buildNetwork(form: BuilderForm): NetworkSpec | { error: string } {
  const sizes = readSizes(form.sizes);
  if ('error' in sizes) return sizes;
  if (form.samples.length === 0) return { error: 'samples: add at least one sample' };
  if (form.samples.length > MAX_SAMPLES)
    return { error: `samples: at most ${MAX_SAMPLES}, got ${form.samples.length}` };
  const seed = Number(form.seed);
  if (!Number.isInteger(seed) || seed < 0)
    return { error: `seed: expected a whole number ≥ 0, got ${JSON.stringify(form.seed)}` };
  const l2 = form.l2.trim() === '' ? 0 : Number(form.l2);
  const number = (s: string) => (s.trim() === '' ? Number.NaN : Number(s.replace('−', '-')));
  const raw = {
    id: form.id,
    layers: sizes,
    activations: form.activations.slice(0, sizes.length - 1),
    loss: form.loss,
    reduction: form.reduction,
    weights: initialWeights(sizes, seed),
    ...(form.biases ? { biases: sizes.slice(1).map((n) => new Array<number>(n).fill(0)) } : {}),
    samples: form.samples.map((s) => ({ x: s.x.map(number), y: s.y.map(number) })),
    ...(l2 !== 0 ? { regularization: { l2 } } : {}),
  };
  try {
    return validateSpec(raw, 'builder');
  } catch (e) {
    if (e instanceof SpecError) return { error: `${e.field}: ${e.problem}` };
    throw e;
  }
}
