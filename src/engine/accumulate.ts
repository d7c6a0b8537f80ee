/**
 * Δ accumulated sample by sample, as Ng's backprop writes it: Δ⁽ˡ⁾ starts at 0 and each sample b
 * adds δ⁽ˡ⁾_b (a⁽ˡ⁻¹⁾_b)ᵀ (and δ⁽ˡ⁾_b for the biases). The last running sum is Σ_b ∂J_b/∂W⁽ˡ⁾,
 * before the reduction and the L2 term.
 */

import { activationsOf, type Matrix, type Trace, type Vector } from './trace.ts';

export interface Accumulation {
  /** contributions[b][j][k] = δ⁽ˡ⁾_j a⁽ˡ⁻¹⁾_k of sample b = ∂J_b/∂W⁽ˡ⁾_jk. */
  contributions: Matrix[];
  /** running[b] = Σ_{b' ≤ b} contributions[b']. */
  running: Matrix[];
  /** biasContributions[b][j] = δ⁽ˡ⁾_j of sample b = ∂J_b/∂b⁽ˡ⁾_j. */
  biasContributions: Vector[];
  /** biasRunning[b] = Σ_{b' ≤ b} biasContributions[b']. */
  biasRunning: Vector[];
}

export function accumulateLayer(t: Trace, l: number): Accumulation {
  const contributions = t.samples.map((s) => {
    const delta = s.layers[l - 1].delta;
    const prev = activationsOf(s, l - 1);
    return delta.map((d) => prev.map((a) => d * a));
  });
  const biasContributions = t.samples.map((s) => s.layers[l - 1].delta);
  const running: number[][][] = [];
  const biasRunning: number[][] = [];
  contributions.forEach((c, b) => {
    running.push(c.map((row, j) => row.map((v, k) => (b === 0 ? 0 : running[b - 1][j][k]) + v)));
    biasRunning.push(biasContributions[b].map((v, j) => (b === 0 ? 0 : biasRunning[b - 1][j]) + v));
  });
  return { contributions, running, biasContributions, biasRunning };
}
