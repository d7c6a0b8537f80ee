/** Seeded random networks for tests and benchmarks: the same seed gives the same network. */

import type { Activation, Loss, NetworkSpec, Reduction } from './spec.ts';

/** mulberry32: a small, fast, seedable generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A rows × cols matrix of numbers in [−1, 1], rounded to `decimals` places so it reads well. */
export function randomMatrix(
  rows: number,
  cols: number,
  rand: () => number,
  decimals = 2,
): number[][] {
  const f = 10 ** decimals;
  return Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => Math.round((2 * rand() - 1) * f) / f),
  );
}

export interface RandomNetworkOptions {
  layers: number[];
  activations: Activation[];
  loss: Loss;
  reduction?: Reduction;
  l2?: number;
  biases?: boolean;
  samples?: number;
  seed: number;
  /** Weights are drawn from [−scale, scale]. */
  scale?: number;
}

export function randomNetwork(o: RandomNetworkOptions): NetworkSpec {
  const rand = seededRandom(o.seed);
  const uniform = (r: number) => (2 * rand() - 1) * r;
  const scale = o.scale ?? 1;
  const L = o.layers.length - 1;
  const K = o.layers[L];
  const target = (): number[] => {
    if (o.loss === 'ce') {
      // A probability vector, not always one-hot.
      const raw = Array.from({ length: K }, () => rand());
      const sum = raw.reduce((s, v) => s + v, 0);
      return raw.map((v) => v / sum);
    }
    if (o.loss === 'bce') return Array.from({ length: K }, () => rand());
    return Array.from({ length: K }, () => uniform(1));
  };
  const spec: NetworkSpec = {
    id: `random-${o.seed}`,
    layers: o.layers,
    activations: o.activations,
    loss: o.loss,
    reduction: o.reduction ?? 'mean',
    weights: o.layers
      .slice(1)
      .map((n, i) =>
        Array.from({ length: n }, () => Array.from({ length: o.layers[i] }, () => uniform(scale))),
      ),
    samples: Array.from({ length: o.samples ?? 3 }, () => ({
      x: Array.from({ length: o.layers[0] }, () => uniform(1)),
      y: target(),
    })),
  };
  if (o.biases ?? true)
    spec.biases = o.layers.slice(1).map((n) => Array.from({ length: n }, () => uniform(0.5)));
  if (o.l2 !== undefined) spec.regularization = { l2: o.l2 };
  return spec;
}
