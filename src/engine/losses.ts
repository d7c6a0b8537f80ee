import { sigmoid, softplus, sumExcept } from './activations.ts';
import type { Activation, Loss } from './spec.ts';

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
 * One loss of network-spec.md §1 (a registry entry, as the activations are): its per-output
 * error terms e_k, whose sum is J_b, their slopes, what it needs of the network, and how the
 * derivation writes it.
 */
export interface LossEntry {
  /**
   * e_k for every output. bce and ce are computed from z, not from a, so saturated outputs stay
   * finite and exact: −ln σ(z) = softplus(−z), −ln(1 − σ(z)) = softplus(z), −ln softmax(z)_k.
   */
  errors(z: readonly number[], a: readonly number[], y: readonly number[]): number[];
  /** ∂J_b/∂a⁽ᴸ⁾_k = ∂e_k/∂a_k (each e_k depends on a_k alone, and ∂J_b/∂e_k = 1). */
  slopes(z: readonly number[], a: readonly number[], y: readonly number[]): number[];
  /** The output activation it needs, when it needs one (bce: sigmoid, ce: softmax). */
  needs?: Activation;
  /** The targets it accepts, as bounds and as the words of the message when one is outside. */
  targets?: { min: number; max: number; rule: string };
  /** e_k as a function of a_k alone, for a hint's central difference (the engine uses z). */
  errorOf(y: number, K: number): (a: number) => number;
  /**
   * e_k written as pieces: `put` gives the output a_k or the target y_k (as a symbol or as a
   * number; `grouped` when it follows a sign and a negative number needs brackets), `text` the
   * TeX between them. The same template writes the symbolic row and the row with numbers.
   */
  term<T>(put: (q: 'a' | 'y', grouped: boolean) => T, text: (tex: string) => T, K: number): T[];
  /** ∂e_k/∂a_k written with the symbols A = a_k and Y = y_k. */
  slopeTex(A: string, Y: string, K: number): string;
}

export const LOSS: Record<Loss, LossEntry> = {
  half_sse: {
    errors: (_, a, y) => a.map((ak, k) => 0.5 * (ak - y[k]) ** 2),
    slopes: (_, a, y) => a.map((ak, k) => ak - y[k]),
    errorOf: (y) => (a) => 0.5 * (a - y) ** 2,
    term: (put, text) => [
      text('\\tfrac{1}{2}('),
      put('a', false),
      text('-'),
      put('y', true),
      text(')^2'),
    ],
    slopeTex: (A, Y) => `${A} - ${Y}`,
  },
  mse: {
    errors: (_, a, y) => a.map((ak, k) => (ak - y[k]) ** 2 / a.length),
    slopes: (_, a, y) => a.map((ak, k) => (2 * (ak - y[k])) / a.length),
    errorOf: (y, K) => (a) => (a - y) ** 2 / K,
    term: (put, text, K) => [
      text(`\\tfrac{1}{${K}}(`),
      put('a', false),
      text('-'),
      put('y', true),
      text(')^2'),
    ],
    slopeTex: (A, Y, K) => `\\frac{2}{${K}}(${A} - ${Y})`,
  },
  bce: {
    errors: (z, _, y) =>
      z.map((zk, k) => weighted(y[k], softplus(-zk)) + weighted(1 - y[k], softplus(zk))),
    // 1 − a is taken as σ(−z) so it keeps its digits when a rounds to 1.
    slopes: (z, a, y) => z.map((zk, k) => -ratio(y[k], a[k]) + ratio(1 - y[k], sigmoid(-zk))),
    needs: 'sigmoid',
    targets: { min: 0, max: 1, rule: 'bce targets must lie in [0, 1]' },
    errorOf: (y) => (a) => -(y * Math.log(a) + (1 - y) * Math.log(1 - a)),
    term: (put, text) => [
      text('-\\big['),
      put('y', false),
      text('\\ln'),
      put('a', false),
      text('{}+ (1 -{}'),
      put('y', true),
      text(')\\ln(1 -{}'),
      put('a', false),
      text(')\\big]'),
    ],
    slopeTex: (A, Y) => `-\\frac{${Y}}{${A}} + \\frac{1 - ${Y}}{1 - ${A}}`,
  },
  ce: {
    errors: (z, _, y) => z.map((_, k) => weighted(y[k], negLogSoftmax(z, k))),
    slopes: (_, a, y) => a.map((ak, k) => -ratio(y[k], ak)),
    needs: 'softmax',
    targets: { min: 0, max: Number.POSITIVE_INFINITY, rule: 'ce targets must not be negative' },
    errorOf: (y) => (a) => -y * Math.log(a),
    term: (put, text) => [text('-'), put('y', true), text('\\ln'), put('a', false)],
    slopeTex: (A, Y) => `-\\frac{${Y}}{${A}}`,
  },
};

/** The per-output error terms e_k (the graph's error nodes), whose sum is J_b. */
export function errorTerms(
  loss: Loss,
  z: readonly number[],
  a: readonly number[],
  y: readonly number[],
) {
  return LOSS[loss].errors(z, a, y);
}

/** ∂J_b/∂a⁽ᴸ⁾_k for every output (LossEntry.slopes). */
export function lossDerivative(
  loss: Loss,
  z: readonly number[],
  a: readonly number[],
  y: readonly number[],
): number[] {
  return LOSS[loss].slopes(z, a, y);
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
