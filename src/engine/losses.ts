import type { Activation, Loss } from './spec.ts';

/** ln(1 + e^t) without overflow for large t or loss of digits for very negative t. */
export function softplus(t: number): number {
  return Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));
}

/** ln Σ_j e^{z_j}, shifted by max z. */
export function logSumExp(z: readonly number[]): number {
  const top = Math.max(...z);
  let s = 0;
  for (const v of z) s += Math.exp(v - top);
  return top + Math.log(s);
}

/**
 * The per-output error terms e_k (the graph's error nodes), whose sum is J_b.
 * bce and ce are computed from z, not from a, so saturated outputs stay finite and exact:
 * −ln σ(z) = softplus(−z), −ln(1 − σ(z)) = softplus(z), −ln softmax(z)_k = lse(z) − z_k.
 */
export function errorTerms(
  loss: Loss,
  z: readonly number[],
  a: readonly number[],
  y: readonly number[],
) {
  const K = a.length;
  switch (loss) {
    case 'half_sse':
      return a.map((ak, k) => 0.5 * (ak - y[k]) ** 2);
    case 'mse':
      return a.map((ak, k) => (ak - y[k]) ** 2 / K);
    case 'bce':
      return z.map((zk, k) => weighted(y[k], softplus(-zk)) + weighted(1 - y[k], softplus(zk)));
    case 'ce': {
      const lse = logSumExp(z);
      return z.map((zk, k) => weighted(y[k], lse - zk));
    }
  }
}

/**
 * ∂J_b/∂a⁽ᴸ⁾_k = ∂e_k/∂a_k (each e_k depends on a_k alone, and ∂J_b/∂e_k = 1).
 * For bce, 1 − a is taken as σ(−z) so it keeps its digits when a rounds to 1.
 */
export function lossDerivative(
  loss: Loss,
  z: readonly number[],
  a: readonly number[],
  y: readonly number[],
): number[] {
  const K = a.length;
  switch (loss) {
    case 'half_sse':
      return a.map((ak, k) => ak - y[k]);
    case 'mse':
      return a.map((ak, k) => (2 * (ak - y[k])) / K);
    case 'bce':
      return z.map((zk, k) => {
        const oneMinusA = 1 / (1 + Math.exp(zk)); // σ(−z)
        return -ratio(y[k], a[k]) + ratio(1 - y[k], oneMinusA);
      });
    case 'ce':
      return a.map((ak, k) => -ratio(y[k], ak));
  }
}

/**
 * δ⁽ᴸ⁾ = ∂J_b/∂z⁽ᴸ⁾ in closed form where the loss and output activation cancel
 * (bce∘sigmoid: a − y; ce∘softmax: a·Σy − y), or undefined where the chain rule must be
 * multiplied out. The closed form stays exact when ∂J_b/∂a and ∂a/∂z under- or overflow.
 */
export function fusedOutputDelta(
  loss: Loss,
  f: Activation,
  a: readonly number[],
  y: readonly number[],
): number[] | undefined {
  if (loss === 'bce' && f === 'sigmoid') return a.map((ak, k) => ak - y[k]);
  if (loss === 'ce' && f === 'softmax') {
    const total = y.reduce((s, v) => s + v, 0);
    return a.map((ak, k) => ak * total - y[k]);
  }
  return undefined;
}

/** c·v, taken as 0 when c is 0 so that 0·∞ never appears. */
function weighted(c: number, v: number): number {
  return c === 0 ? 0 : c * v;
}

/** c/d, taken as 0 when c is 0 so that 0/0 never appears. */
function ratio(c: number, d: number): number {
  return c === 0 ? 0 : c / d;
}
