/**
 * J and ∂J/∂θ of a spec without recording anything: what training needs, thousands of times.
 * The same operations in the same order as trace() (same sums, same starting values), so the
 * numbers are trace()'s to the last bit; only the bookkeeping is left out, and the buffers are
 * kept from one evaluation to the next.
 */

import { activate, activationJacobian, derivative } from './activations.ts';
import { errorTerms, fusedOutputDelta, lossDerivative } from './losses.ts';
import { l2Lambda, type NetworkSpec, reductionScale } from './spec.ts';

/** J and ∂J/∂θ: what training reads, and the totals of a Trace. */
export interface Gradients {
  /** J = (1/m or 1)·Σ_b J_b + (λ/2m)·Σ W²: the total the network is trained on. */
  readonly loss: number;
  /** (1/m or 1)·Σ_b J_b, the loss without the L2 term. */
  readonly dataLoss: number;
  /** (λ/2m)·Σ_l Σ_jk (W⁽ˡ⁾_jk)², biases excluded. */
  readonly penalty: number;
  /** ∂J/∂W⁽ˡ⁾_jk = (1/m or 1)·Σ_b δ⁽ˡ⁾_j a⁽ˡ⁻¹⁾_k + (λ/m)·W⁽ˡ⁾_jk, shaped like spec.weights. */
  readonly gradWeights: readonly (readonly (readonly number[])[])[];
  /** ∂J/∂b⁽ˡ⁾_j = (1/m or 1)·Σ_b δ⁽ˡ⁾_j; undefined when the network has no biases. */
  readonly gradBiases?: readonly (readonly number[])[];
}

/** Σ_b J_b and the sums Σ_b δ_j a_k (sumW) and Σ_b δ_j (sumB), before any scaling. */
export interface Sums {
  loss: number;
  sumW: number[][][];
  sumB: number[][] | undefined;
}

/**
 * An evaluator for networks shaped like `spec` (its layers, activations, loss and samples):
 * given weights and biases, fills and returns the same Sums object each time.
 */
export function sumsFor(spec: NetworkSpec): (weights: number[][][], biases?: number[][]) => Sums {
  const L = spec.layers.length - 1;
  const sums: Sums = {
    loss: 0,
    sumW: spec.weights.map((W) => W.map((row) => row.map(() => 0))),
    sumB: spec.biases?.map((b) => b.map(() => 0)),
  };
  const zs = spec.layers.slice(1).map((n) => new Array<number>(n).fill(0));
  // as[0] is the sample's x, as[l] what activate() returns for layer l.
  const as: number[][] = Array.from({ length: L + 1 }, () => []);
  return (weights, biases) => {
    sums.loss = 0;
    for (const M of sums.sumW) for (const row of M) row.fill(0);
    for (const b of sums.sumB ?? []) b.fill(0);
    for (const { x, y } of spec.samples) {
      as[0] = x;
      for (let l = 1; l <= L; l++) {
        const W = weights[l - 1];
        const b = biases?.[l - 1];
        const prev = as[l - 1];
        const z = zs[l - 1];
        for (let j = 0; j < W.length; j++) {
          const row = W[j];
          let s = b ? b[j] : 0;
          for (let k = 0; k < row.length; k++) s += row[k] * prev[k];
          z[j] = s;
        }
        as[l] = activate(spec.activations[l - 1], z);
      }
      const errors = errorTerms(spec.loss, zs[L - 1], as[L], y);
      let sampleLoss = 0;
      for (const e of errors) sampleLoss += e;
      sums.loss += sampleLoss;

      let dJdA = lossDerivative(spec.loss, zs[L - 1], as[L], y);
      for (let l = L; l >= 1; l--) {
        const delta = layerDelta(spec, l, zs[l - 1], as[l], dJdA, y);
        const W = weights[l - 1];
        const prev = as[l - 1];
        const sumW = sums.sumW[l - 1];
        const sumB = sums.sumB?.[l - 1];
        for (let j = 0; j < W.length; j++) {
          const row = sumW[j];
          for (let k = 0; k < prev.length; k++) row[k] += delta[j] * prev[k];
          if (sumB) sumB[j] += delta[j];
        }
        if (l > 1) {
          const below = new Array<number>(prev.length);
          for (let k = 0; k < prev.length; k++) {
            let s = 0;
            for (let j = 0; j < W.length; j++) s += delta[j] * W[j][k];
            below[k] = s;
          }
          dJdA = below;
        }
      }
    }
    return sums;
  };
}

export function gradients(spec: NetworkSpec): Gradients {
  return scaled(spec, sumsFor(spec)(spec.weights, spec.biases));
}

/** J with its L2 term, and ∂J/∂θ, from the sums: (1/m or 1)·Σ, plus λ's terms. */
export function scaled(spec: NetworkSpec, { loss, sumW, sumB }: Sums): Gradients {
  const scale = scalingOf(spec);
  const dataLoss = scale.dataLoss(loss);
  const penalty = scale.penalty(spec.weights);
  return {
    loss: dataLoss + penalty,
    dataLoss,
    penalty,
    gradWeights: spec.weights.map((W, i) =>
      W.map((row, j) => row.map((w, k) => scale.weight(sumW[i][j][k], w))),
    ),
    gradBiases: sumB?.map((b) => b.map((g) => scale.bias(g))),
  };
}

/**
 * How sums over the samples become J and ∂J/∂θ for networks shaped like `spec`: the reduction's
 * 1/m (or 1), and L2's (λ/2m)·Σ W² and (λ/m)·w. The one place the rule is written, for trace(),
 * gradients() and training's in-place steps alike.
 */
export function scalingOf(spec: NetworkSpec) {
  const m = spec.samples.length;
  const scale = reductionScale(spec);
  const lambda = l2Lambda(spec);
  return {
    dataLoss: (loss: number) => scale * loss,
    penalty: (weights: number[][][]) => penaltyOf(weights, lambda, m),
    weight: (sum: number, w: number) => scale * sum + (lambda / m) * w,
    bias: (sum: number) => scale * sum,
  };
}

/** (λ/2m)·Σ W², biases excluded; 0 without L2 even if Σ W² has overflowed. */
function penaltyOf(weights: number[][][], lambda: number, m: number): number {
  if (lambda === 0) return 0;
  let squares = 0;
  for (const W of weights) for (const row of W) for (const w of row) squares += w * w;
  return (lambda / (2 * m)) * squares;
}

/**
 * δ⁽ˡ⁾_j = Σ_i ∂J_b/∂a_i · ∂a_i/∂z_j, summed over every i as trace() does (the off-diagonal zeros
 * of an element-wise activation included, without building its matrix).
 */
function layerDelta(
  spec: NetworkSpec,
  l: number,
  z: number[],
  a: number[],
  dJdA: number[],
  y: number[],
): number[] {
  const f = spec.activations[l - 1];
  const fused = l === spec.layers.length - 1 ? fusedOutputDelta(spec.loss, f, z, a, y) : undefined;
  if (fused) return fused;
  const n = z.length;
  const delta = new Array<number>(n);
  if (f === 'softmax') {
    const jac = activationJacobian(f, z, a);
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += dJdA[i] * jac[i][j];
      delta[j] = s;
    }
    return delta;
  }
  for (let j = 0; j < n; j++) {
    const d = derivative(f, z[j], a[j]);
    let s = 0;
    for (let i = 0; i < n; i++) s += dJdA[i] * (i === j ? d : 0);
    delta[j] = s;
  }
  return delta;
}
