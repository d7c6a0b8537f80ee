/**
 * Building a network from a form: layer sizes, an activation per layer, loss, reduction, λ,
 * biases on or off, samples, and weights drawn from a seeded generator. The result goes through
 * the same validation as a content file, so the compatibility rules give the same messages.
 */

import { SpecError, validateSpec } from '../content/validate.ts';
import { seededRandom } from '../engine/random.ts';
import type { Activation, Loss, NetworkSpec, Reduction } from '../engine/spec.ts';
import type { Text } from '../schema/language.ts';
import { PAGE_LIMITS } from '../schema/limits.ts';
import { parseDecimal, parseWhole } from './decimal.ts';

/** The builder's limits, the page's (schema/limits.ts): links and imports obey them too. */
export const MAX_LAYERS = PAGE_LIMITS.layers;
export const MAX_UNITS = PAGE_LIMITS.units;
export const MAX_SAMPLES = PAGE_LIMITS.samples;

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

/** What the builder says is wrong, in both languages; network-spec.md's own lines keep their form. */
export type BuildError = { error: Text };

const problem = (en: string, zh: string): BuildError => ({ error: { en, zh } });

/**
 * Reads "2, 3, 1" (commas or spaces between sizes) into unit counts, or says what is wrong (in the
 * builder's own terms). Each size is digits only: "1e1" or a doubled comma is named, not guessed.
 */
export function readSizes(text: string): number[] | BuildError {
  const trimmed = text.trim();
  const parts = trimmed === '' ? [] : trimmed.split(/\s*,\s*|\s+/);
  if (parts.length < 2)
    return problem(
      'layers: give at least 2 sizes, input first (e.g. 2, 3, 1)',
      'layers：至少给出 2 个大小，输入层在前（如 2, 3, 1）',
    );
  if (parts.length - 1 > MAX_LAYERS)
    return problem(
      `layers: at most ${MAX_LAYERS} layers after the input, got ${parts.length - 1}`,
      `layers：输入层之后最多 ${MAX_LAYERS} 层，这里有 ${parts.length - 1} 层`,
    );
  const sizes: number[] = [];
  for (const [i, part] of parts.entries()) {
    const n = parseWhole(part);
    if (part === '')
      return problem(
        `layers[${i}]: a size is missing (two commas in a row, or a comma at an end)`,
        `layers[${i}]：缺了一个大小（两个逗号连在一起，或逗号在开头或结尾）`,
      );
    if (n === null || n < 1)
      return problem(
        `layers[${i}]: expected a whole number ≥ 1, got ${JSON.stringify(part)}`,
        `layers[${i}]：应为 ≥ 1 的整数，这里是 ${JSON.stringify(part)}`,
      );
    if (n > MAX_UNITS)
      return problem(
        `layers[${i}]: at most ${MAX_UNITS} units in a layer, got ${n}`,
        `layers[${i}]：每层最多 ${MAX_UNITS} 个单元，这里是 ${n}`,
      );
    sizes.push(n);
  }
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

export function buildNetwork(form: BuilderForm): NetworkSpec | BuildError {
  const sizes = readSizes(form.sizes);
  if ('error' in sizes) return sizes;
  if (form.samples.length === 0)
    return problem('samples: add at least one sample', 'samples：至少添加一个样本');
  if (form.samples.length > MAX_SAMPLES)
    return problem(
      `samples: at most ${MAX_SAMPLES}, got ${form.samples.length}`,
      `samples：最多 ${MAX_SAMPLES} 个，这里有 ${form.samples.length} 个`,
    );
  const seed = parseWhole(form.seed);
  if (seed === null)
    return problem(
      `seed: expected a whole number ≥ 0, got ${JSON.stringify(form.seed)}`,
      `seed：应为 ≥ 0 的整数，这里是 ${JSON.stringify(form.seed)}`,
    );
  // Every typed number is read as a number field reads it; the first bad one is named.
  const fields: [string, string][] = [
    ...(form.l2.trim() === '' ? [] : [['regularization.l2', form.l2] as [string, string]]),
    ...form.samples.flatMap((s, b) => [
      ...s.x.map((v, k): [string, string] => [`samples[${b}].x[${k}]`, v]),
      ...s.y.map((v, k): [string, string] => [`samples[${b}].y[${k}]`, v]),
    ]),
  ];
  const read = new Map<string, number>();
  for (const [field, text] of fields) {
    const r = parseDecimal(text);
    if ('error' in r) return problem(`${field}: ${r.error.en}`, `${field}：${r.error.zh}`);
    read.set(field, r.value);
  }
  const l2 = read.get('regularization.l2') ?? 0;
  const raw = {
    id: form.id,
    layers: sizes,
    activations: form.activations.slice(0, sizes.length - 1),
    loss: form.loss,
    reduction: form.reduction,
    weights: initialWeights(sizes, seed),
    ...(form.biases ? { biases: sizes.slice(1).map((n) => new Array<number>(n).fill(0)) } : {}),
    samples: form.samples.map((s, b) => ({
      x: s.x.map((_, k) => read.get(`samples[${b}].x[${k}]`) as number),
      y: s.y.map((_, k) => read.get(`samples[${b}].y[${k}]`) as number),
    })),
    ...(l2 !== 0 ? { regularization: { l2 } } : {}),
  };
  try {
    return validateSpec(raw, 'builder');
  } catch (e) {
    if (!(e instanceof SpecError)) throw e;
    // network-spec.md's line, as the command line would print it; in Chinese, said to be one.
    const line = `${e.field}: ${e.problem}`;
    return problem(line, `无法创建这个网络：${line}`);
  }
}
