import { sigmoid, sumExcept } from './activations.ts';
import type { Activation, Loss } from './spec.ts';

/** ln(1 + e^t) without overflow for large t or loss of digits for very negative t. */
export function softplus(t: number): number {
  return Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));
}

/**
 * −ln softmax(z)_k = (z_t − z_k) + ln(1 + Σ_{j≠t} e^{z_j − z_t}), t the largest z. Written with
 * log1p so that a confident right answer keeps its tiny loss instead of cancelling to 0.
 */
export function negLogSoftmax(z: readonly number[], k: number): number {
  let top = 0;
  for (let j = 1; j < z.length; j++) if (z[j] > z[top]) top = j;
  let rest = 0;
  for (let j = 0; j < z.length; j++) if (j !== top) rest += Math.exp(z[j] - z[top]);
  return z[top] - z[k] + Math.log1p(rest);
}

/**
 * The per-output error terms e_k (the graph's error nodes), whose sum is J_b.
 * bce and ce are computed from z, not from a, so saturated outputs stay finite and exact:
 * −ln σ(z) = softplus(−z), −ln(1 − σ(z)) = softplus(z), −ln softmax(z)_k as negLogSoftmax.
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
    case 'ce':
      return z.map((_, k) => weighted(y[k], negLogSoftmax(z, k)));
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
        const oneMinusA = sigmoid(-zk);
        return -ratio(y[k], a[k]) + ratio(1 - y[k], oneMinusA);
      });
    case 'ce':
      return a.map((ak, k) => -ratio(y[k], ak));
  }
}

/**
 * δ⁽ᴸ⁾ = ∂J_b/∂z⁽ᴸ⁾ in closed form where the loss and output activation cancel, or undefined
 * where the chain rule must be multiplied out. bce∘sigmoid gives a − y, written
 * (1 − y)σ(z) − yσ(−z); ce∘softmax gives a·Σy − y, written a_j(Σy − y_j) − y_j Σ_{i≠j} a_i.
 * Every term of those forms is exact, so δ keeps its digits when a rounds to 0 or 1 and when
 * ∂J_b/∂a and ∂a/∂z under- or overflow.
 */
export function fusedOutputDelta(
  loss: Loss,
  f: Activation,
  z: readonly number[],
  a: readonly number[],
  y: readonly number[],
): number[] | undefined {
  if (loss === 'bce' && f === 'sigmoid') {
    return z.map((zk, k) => weighted(1 - y[k], sigmoid(zk)) - weighted(y[k], sigmoid(-zk)));
  }
  if (loss === 'ce' && f === 'softmax') {
    const total = y.reduce((s, v) => s + v, 0);
    return a.map((aj, j) => weighted(total - y[j], aj) - weighted(y[j], sumExcept(a, j)));
  }
  return undefined;
}

/**
 * ∂J_b/∂a⁽ᴸ⁾_i · ∂a⁽ᴸ⁾_i/∂z⁽ᴸ⁾_j, one path's first two factors, in closed form where the loss and
 * output activation cancel: (1 − y)σ(z) − yσ(−z) for bce∘sigmoid (i = j), −y_i(1 − a_i) or
 * y_i a_j for ce∘softmax. Undefined otherwise; then the factors are simply multiplied.
 */
export function fusedPairProduct(
  loss: Loss,
  f: Activation,
  z: readonly number[],
  a: readonly number[],
  y: readonly number[],
  i: number,
  j: number,
): number | undefined {
  if (loss === 'bce' && f === 'sigmoid') {
    return weighted(1 - y[i], sigmoid(z[i])) - weighted(y[i], sigmoid(-z[i]));
  }
  if (loss === 'ce' && f === 'softmax') {
    return i === j ? -weighted(y[i], sumExcept(a, i)) : weighted(y[i], a[j]);
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
