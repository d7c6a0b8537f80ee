/**
 * Seed 000's proof by differentials, in its own terms: a mini-batch as rows X₀ … X_L, weights
 * W₀ … W_{L−1} with Z_k = X_k W_k and X_{k+1} = σ(Z_k), and the log-likelihood
 * ξ = sum(Y ∘ log X_L), which the article maximises. Its W_k is the engine's W⁽ᵏ⁺¹⁾ transposed.
 * Differentials along a direction dW are computed exactly, in forward mode, so each line of the
 * proof can be evaluated and held against a central difference of ξ.
 */

import { activationJacobian } from './activations.ts';
import { add, hadamard, type Mat, map, matmul, subtract, transpose, zeros } from './matrix.ts';
import { seededRandom } from './random.ts';
import type { NetworkSpec } from './spec.ts';
import { activationsOf, trace } from './trace.ts';

export interface BatchForward {
  /** X_0 … X_L: the batch's activations, one row per sample (X_0 is the input). */
  X: Mat[];
  /** Z_0 … Z_{L−1}: Z_k = X_k W_k, the input of layer k + 1's activation. */
  Z: Mat[];
  /** W_0 … W_{L−1}, W_k = (engine W⁽ᵏ⁺¹⁾)ᵀ. */
  W: Mat[];
  Y: Mat;
}

export function batchForward(spec: NetworkSpec): BatchForward {
  const t = trace(spec);
  const L = spec.layers.length - 1;
  const X = Array.from({ length: L + 1 }, (_, l) => t.samples.map((s) => [...activationsOf(s, l)]));
  const Z = Array.from({ length: L }, (_, k) => t.samples.map((s) => [...s.layers[k].z]));
  const W = spec.weights.map((w) => transpose(w));
  return { X, Z, W, Y: spec.samples.map((s) => [...s.y]) };
}

/** ξ = sum(Y ∘ log X_L), taken from the engine's exact cross-entropy: ξ = −Σ_b J_b. */
export function logLikelihood(spec: NetworkSpec): number {
  return -trace({ ...spec, reduction: 'sum', regularization: undefined }).dataLoss;
}

/** A direction dW_0 … dW_{L−1} with entries uniform in [−1, 1], the same for the same seed. */
export function randomDirection(spec: NetworkSpec, seed: number): Mat[] {
  const rand = seededRandom(seed);
  return spec.weights.map((w) => transpose(w).map((row) => row.map(() => 2 * rand() - 1)));
}

/** The spec with every article weight moved by ε·dW. */
export function moved(spec: NetworkSpec, dW: readonly Mat[], epsilon: number): NetworkSpec {
  return {
    ...spec,
    weights: spec.weights.map((w, k) =>
      w.map((row, j) => row.map((v, i) => v + epsilon * dW[k][i][j])),
    ),
  };
}

/** (ξ(W + εdW) − ξ(W − εdW)) / 2ε. */
export function centralDifference(spec: NetworkSpec, dW: readonly Mat[], epsilon = 1e-5): number {
  return (
    (logLikelihood(moved(spec, dW, epsilon)) - logLikelihood(moved(spec, dW, -epsilon))) /
    (2 * epsilon)
  );
}

export interface Differentials {
  /** dX_0 … dX_L (dX_0 = 0: the data does not move). */
  dX: Mat[];
  /** dZ_0 … dZ_{L−1}. */
  dZ: Mat[];
}

/** dZ_k = dX_k W_k + X_k dW_k and dX_{k+1} = σ′(Z_k) ∘ dZ_k (row by row through a softmax). */
export function differentials(
  spec: NetworkSpec,
  f: BatchForward,
  dW: readonly Mat[],
): Differentials {
  const L = f.W.length;
  const dX: Mat[] = [zeros(f.X[0].length, f.X[0][0].length)];
  const dZ: Mat[] = [];
  for (let k = 0; k < L; k++) {
    dZ.push(add(matmul(dX[k], f.W[k]), matmul(f.X[k], dW[k])));
    const fk = spec.activations[k];
    dX.push(
      f.Z[k].map((z, b) => {
        const J = activationJacobian(fk, z, f.X[k + 1][b]);
        return J.map((row) => row.reduce((s, v, j) => s + v * dZ[k][b][j], 0));
      }),
    );
  }
  return { dX, dZ };
}

/**
 * The article's δ_k (= ∂ξ/∂Z_k, the negative of the engine's δ): δ_{L−1} = Y − X_L for softmax
 * with cross-entropy, then δ_{k−1} = (δ_k W_kᵀ) ∘ X_k ∘ (1 − X_k) through sigmoid layers.
 */
export function articleDeltas(f: BatchForward): Mat[] {
  const L = f.W.length;
  const deltas: Mat[] = new Array(L);
  deltas[L - 1] = subtract(f.Y, f.X[L]);
  for (let k = L - 1; k >= 1; k--) {
    const slope = map(f.X[k], (x) => x * (1 - x));
    deltas[k - 1] = hadamard(matmul(deltas[k], transpose(f.W[k])), slope);
  }
  return deltas;
}
