/**
 * The activations of network-spec.md §1, one registry entry each (as TensorFlow Playground's
 * `Activations.TANH = {output, der}`): its value, its local derivative, where that derivative
 * jumps, and how the derivation writes it. A new activation is one entry here and a name in
 * spec.ts; the compiler then asks for it wherever activations are listed.
 *
 * The TeX fields are plain strings, so the engine still imports nothing from a view.
 */

import { erfc } from './erfc.ts';
import type { Activation } from './spec.ts';

/** Symbols a slope is written with: a_i, z_q (q = i unless a softmax cross term), and a_q. */
export interface SlopeSymbols {
  ai: string;
  aq: string;
  z: string;
  /** ∂a_i/∂z_q with q ≠ i (only a softmax has such terms). */
  cross: boolean;
}

export interface ActivationEntry {
  /** f(z) for a whole layer. */
  layer(z: readonly number[]): number[];
  /**
   * ∂a_i/∂z_j for a whole layer, as an n × n matrix (row i = output a_i, column j = input z_j):
   * diagonal for an element-wise activation, full for softmax.
   */
  jacobian(z: readonly number[], a: readonly number[]): number[][];
  /** f′(z) at one unit given a = f(z), for an element-wise activation; undefined for softmax. */
  slope?: (z: number, a: number) => number;
  /** Where the derivative jumps (relu at 0): a central difference straddling one measures nothing. */
  corners: readonly number[];
  /** Its name in TeX: σ, tanh, relu… */
  tex: string;
  /** The local derivative written with the unit's symbols (a hint's formula). */
  slopeTex(s: SlopeSymbols): string;
  /** Which numbers that formula needs: the output a (σ, tanh, softmax), the input z, or none. */
  slopeNeeds: 'a' | 'z' | 'none';
}

/** An element-wise activation from its value f(z) and derivative f′(z) (given a = f(z)). */
function elementwise(
  value: (z: number) => number,
  slope: (z: number, a: number) => number,
  rest: Omit<ActivationEntry, 'layer' | 'jacobian' | 'slope'>,
): ActivationEntry {
  return {
    layer: (z) => z.map(value),
    slope,
    jacobian: (z, a) => {
      const n = z.length;
      const jac = Array.from({ length: n }, () => new Array<number>(n).fill(0));
      for (let i = 0; i < n; i++) jac[i][i] = slope(z[i], a[i]);
      return jac;
    },
    ...rest,
  };
}

/** σ(z) = 1 / (1 + e^{−z}), evaluated so that neither branch overflows for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** softmax(z)_i = e^{z_i} / Σ_j e^{z_j}, shifted by max z so no exponent overflows. */
export function softmax(z: readonly number[]): number[] {
  // Math.max(...z) would pass every unit as an argument, past the stack's room in a wide layer.
  const top = z.reduce((m, v) => Math.max(m, v), Number.NEGATIVE_INFINITY);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

/** ln(1 + e^t) without overflow for large t or loss of digits for very negative t. */
export function softplus(t: number): number {
  return Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));
}

/** Φ(z), the standard normal CDF, through erfc so that the lower tail keeps its digits. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** φ(z), the standard normal density. */
export function normalPdf(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

/** The slope of leaky ReLU below 0 (network-spec.md §1). */
export const LEAKY_SLOPE = 0.01;

const cases = (z: string, above: string, below: string) =>
  `\\begin{cases} ${above} & ${z} > 0 \\\\ ${below} & ${z} \\le 0 \\end{cases}`;

export const ACTIVATION: Record<Activation, ActivationEntry> = {
  sigmoid: elementwise(sigmoid, (z) => sigmoid(z) * sigmoid(-z), {
    // σ(z)σ(−z), not a(1 − a): 1 − a would lose its digits as a nears 1.
    corners: [],
    tex: '\\sigma',
    slopeTex: ({ ai }) => `${ai}\\,(1 - ${ai})`,
    slopeNeeds: 'a',
  }),
  tanh: elementwise(Math.tanh, (_, a) => 1 - a * a, {
    corners: [],
    tex: '\\tanh',
    slopeTex: ({ ai }) => `1 - ${ai}^2`,
    slopeNeeds: 'a',
  }),
  // relu′(0) does not exist; 0 is taken there, as most libraries do.
  relu: elementwise(
    (z) => Math.max(z, 0),
    (z) => (z > 0 ? 1 : 0),
    {
      corners: [0],
      tex: '\\operatorname{relu}',
      slopeTex: ({ z }) => cases(z, '1', '0'),
      slopeNeeds: 'z',
    },
  ),
  leaky_relu: elementwise(
    (z) => (z > 0 ? z : LEAKY_SLOPE * z),
    (z) => (z > 0 ? 1 : LEAKY_SLOPE),
    {
      corners: [0],
      tex: '\\operatorname{lrelu}',
      slopeTex: ({ z }) => cases(z, '1', String(LEAKY_SLOPE)),
      slopeNeeds: 'z',
    },
  ),
  // gelu(z) = z Φ(z), so gelu′(z) = Φ(z) + z φ(z).
  gelu: elementwise(
    (z) => z * normalCdf(z),
    (z) => normalCdf(z) + z * normalPdf(z),
    {
      corners: [],
      tex: '\\operatorname{gelu}',
      slopeTex: ({ z }) => `\\Phi(${z}) + ${z}\\,\\varphi(${z})`,
      slopeNeeds: 'z',
    },
  ),
  // softplus(z) = ln(1 + e^z), so softplus′(z) = σ(z).
  softplus: elementwise(softplus, sigmoid, {
    corners: [],
    tex: '\\operatorname{softplus}',
    slopeTex: ({ z }) => `\\sigma(${z}) = \\frac{1}{1 + e^{-${z}}}`,
    slopeNeeds: 'z',
  }),
  linear: elementwise(
    (z) => z,
    () => 1,
    { corners: [], tex: '\\operatorname{id}', slopeTex: () => '1', slopeNeeds: 'none' },
  ),
  softmax: {
    layer: softmax,
    jacobian: (_, a) => {
      const n = a.length;
      const jac = Array.from({ length: n }, () => new Array<number>(n).fill(0));
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          // 1 − a_i is summed from the other outputs so a saturated a_i ≈ 1 keeps its digits.
          jac[i][j] = i === j ? a[i] * sumExcept(a, i) : -a[i] * a[j];
        }
      }
      return jac;
    },
    corners: [],
    tex: '\\operatorname{softmax}',
    slopeTex: ({ ai, aq, cross }) => (cross ? `-${ai}\\,${aq}` : `${ai}\\,(1 - ${ai})`),
    slopeNeeds: 'a',
  },
};

/** a = f(z) for a whole layer. */
export function activate(f: Activation, z: readonly number[]): number[] {
  return ACTIVATION[f].layer(z);
}

/** ∂a_i/∂z_j for a whole layer (see ActivationEntry.jacobian). */
export function activationJacobian(f: Activation, z: readonly number[], a: readonly number[]) {
  return ACTIVATION[f].jacobian(z, a);
}

/** f′(z) of an element-wise activation at one unit, given a = f(z). */
export function derivative(f: Exclude<Activation, 'softmax'>, z: number, a: number): number {
  const slope = ACTIVATION[f].slope;
  if (!slope) throw new Error(`${f} is not element-wise`);
  return slope(z, a);
}

/** Σ_{i≠skip} values_i: 1 − a_skip for a softmax output, without cancellation. */
export function sumExcept(values: readonly number[], skip: number): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) if (i !== skip) s += values[i];
  return s;
}
