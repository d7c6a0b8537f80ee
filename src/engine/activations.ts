import type { Activation } from './spec.ts';

/** σ(z) = 1 / (1 + e^{−z}), evaluated so that neither branch overflows for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** softmax(z)_i = e^{z_i} / Σ_j e^{z_j}, shifted by max z so no exponent overflows. */
export function softmax(z: readonly number[]): number[] {
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

/** a = f(z) for a whole layer. */
export function activate(f: Activation, z: readonly number[]): number[] {
  switch (f) {
    case 'sigmoid':
      return z.map(sigmoid);
    case 'tanh':
      return z.map(Math.tanh);
    case 'relu':
      return z.map((v) => Math.max(v, 0));
    case 'linear':
      return z.slice();
    case 'softmax':
      return softmax(z);
  }
}

/**
 * ∂a_i/∂z_j for a whole layer, as an n × n matrix (row i = output a_i, column j = input z_j).
 * Diagonal for element-wise activations; full for softmax, whose cross terms are −a_i a_j.
 * Terms are computed from z where 1 − a would lose digits (σ(z)σ(−z), not a(1 − a)).
 * relu′(0) is taken as 0.
 */
export function activationJacobian(f: Activation, z: readonly number[], a: readonly number[]) {
  const n = z.length;
  const jac: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  if (f === 'softmax') {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        // 1 − a_i is summed from the other outputs so a saturated a_i ≈ 1 keeps its digits.
        jac[i][j] = i === j ? a[i] * sumExcept(a, i) : -a[i] * a[j];
      }
    }
    return jac;
  }
  for (let i = 0; i < n; i++) jac[i][i] = derivative(f, z[i], a[i]);
  return jac;
}

/** f′(z) for an element-wise activation, given a = f(z). */
export function derivative(f: Exclude<Activation, 'softmax'>, z: number, a: number): number {
  switch (f) {
    case 'sigmoid':
      return sigmoid(z) * sigmoid(-z);
    case 'tanh':
      return 1 - a * a;
    case 'relu':
      return z > 0 ? 1 : 0;
    case 'linear':
      return 1;
  }
}

/** Σ_{i≠skip} values_i: 1 − a_skip for a softmax output, without cancellation. */
export function sumExcept(values: readonly number[], skip: number): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) if (i !== skip) s += values[i];
  return s;
}
