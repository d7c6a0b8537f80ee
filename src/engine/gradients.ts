/**
 * J and ∂J/∂θ of a spec without recording anything: what training needs, thousands of times.
 * The same operations in the same order as trace() (same sums, same starting values), so the
 * numbers are trace()'s to the last bit; only the bookkeeping is left out.
 */

import { activate, activationJacobian, derivative } from './activations.ts';
import { errorTerms, fusedOutputDelta, lossDerivative } from './losses.ts';
import { l2Lambda, type NetworkSpec, reductionScale } from './spec.ts';
import type { Trace } from './trace.ts';

export type Gradients = Pick<Trace, 'loss' | 'dataLoss' | 'penalty' | 'gradWeights' | 'gradBiases'>;

export function gradients(spec: NetworkSpec): Gradients {
  const L = spec.layers.length - 1;
  const m = spec.samples.length;
  const scale = reductionScale(spec);
  const lambda = l2Lambda(spec);
  // Σ_b δ_j a_k and Σ_b δ_j, added sample by sample as trace() adds them.
  const sumW = spec.weights.map((W) => W.map((row) => row.map(() => 0)));
  const sumB = spec.biases?.map((b) => b.map(() => 0));
  let lossSum = 0;

  for (const { x, y } of spec.samples) {
    const zs: number[][] = [];
    const as: number[][] = [x];
    for (let l = 1; l <= L; l++) {
      const W = spec.weights[l - 1];
      const b = spec.biases?.[l - 1];
      const prev = as[l - 1];
      const z = W.map((row, j) => {
        let s = b ? b[j] : 0;
        for (let k = 0; k < row.length; k++) s += row[k] * prev[k];
        return s;
      });
      zs.push(z);
      as.push(activate(spec.activations[l - 1], z));
    }
    const z = zs[L - 1];
    const a = as[L];
    lossSum += errorTerms(spec.loss, z, a, y).reduce((s, e) => s + e, 0);

    let dJdA = lossDerivative(spec.loss, z, a, y);
    for (let l = L; l >= 1; l--) {
      const delta = layerDelta(spec, l, zs[l - 1], as[l], dJdA, y);
      const W = spec.weights[l - 1];
      const prev = as[l - 1];
      for (let j = 0; j < W.length; j++) {
        for (let k = 0; k < prev.length; k++) sumW[l - 1][j][k] += delta[j] * prev[k];
        if (sumB) sumB[l - 1][j] += delta[j];
      }
      if (l > 1) dJdA = W[0].map((_, k) => W.reduce((s, row, j) => s + delta[j] * row[k], 0));
    }
  }

  const dataLoss = scale * lossSum;
  let squares = 0;
  for (const W of spec.weights) for (const row of W) for (const w of row) squares += w * w;
  const penalty = lambda === 0 ? 0 : (lambda / (2 * m)) * squares;
  return {
    loss: dataLoss + penalty,
    dataLoss,
    penalty,
    gradWeights: spec.weights.map((W, i) =>
      W.map((row, j) => row.map((w, k) => scale * sumW[i][j][k] + (lambda / m) * w)),
    ),
    gradBiases: sumB?.map((b) => b.map((g) => scale * g)),
  };
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
  if (f === 'softmax') {
    const jac = activationJacobian(f, z, a);
    return z.map((_, j) => dJdA.reduce((s, g, i) => s + g * jac[i][j], 0));
  }
  const d = z.map((v, j) => derivative(f, v, a[j]));
  return z.map((_, j) => dJdA.reduce((s, g, i) => s + g * (i === j ? d[j] : 0), 0));
}
