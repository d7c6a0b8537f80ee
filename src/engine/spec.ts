/**
 * The network spec of shared/spec/network-spec.md §1: the one storage convention that the
 * engine, the content files and the command line share. Display notations are views over it.
 */

export const ACTIVATIONS = [
  'sigmoid',
  'tanh',
  'relu',
  'leaky_relu',
  'gelu',
  'softplus',
  'linear',
  'softmax',
] as const;
export type Activation = (typeof ACTIVATIONS)[number];

export const LOSSES = ['half_sse', 'mse', 'bce', 'ce'] as const;
export type Loss = (typeof LOSSES)[number];

export const REDUCTIONS = ['mean', 'sum'] as const;
export type Reduction = (typeof REDUCTIONS)[number];

export interface Sample {
  /** Input a⁽⁰⁾, length n₀. */
  x: number[];
  /** Target, length n_L. */
  y: number[];
}

export interface NetworkSpec {
  /** Kebab-case name, unique across content/, used in URLs. */
  id: string;
  /** Unit counts n₀ … n_L, input layer first. */
  layers: number[];
  /** f_l for l = 1…L (index l − 1). */
  activations: Activation[];
  loss: Loss;
  /** W⁽ˡ⁾ at index l − 1, each n_l × n_{l−1}: row j is the destination unit, column k the source. */
  weights: number[][][];
  /** b⁽ˡ⁾ at index l − 1, each of length n_l; absent when the network has no biases. */
  biases?: number[][];
  samples: Sample[];
  /** J = (1/m) Σ_b J_b for `mean`, Σ_b J_b for `sum`. */
  reduction: Reduction;
  /** Adds (λ / 2m) Σ_l Σ_jk (W⁽ˡ⁾_jk)², biases excluded, whatever the reduction. */
  regularization?: { l2: number };
}

/** Number of weight layers L. */
export function depth(spec: NetworkSpec): number {
  return spec.layers.length - 1;
}

/** 1/m for `mean`, 1 for `sum`: the factor that turns Σ_b ∂J_b/∂θ into ∂J/∂θ. */
export function reductionScale(spec: NetworkSpec): number {
  return spec.reduction === 'mean' ? 1 / spec.samples.length : 1;
}

/** λ of the L2 term, 0 when there is none. */
export function l2Lambda(spec: NetworkSpec): number {
  return spec.regularization?.l2 ?? 0;
}
