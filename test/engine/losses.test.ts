/**
 * The loss registry against network-spec.md §1's definitions, written out here apart from it:
 * each error term, its slope (checked by central differences too), how each is written in TeX,
 * what each loss needs, and the fused output δ that keeps its digits where a rounds to 0 or 1.
 */

import { describe, expect, it } from 'vitest';
import {
  errorTerms,
  fusedOutputDelta,
  fusedPairProduct,
  LOSS,
  lossDerivative,
  negLogSoftmax,
} from '../../src/engine/losses.ts';
import type { Loss } from '../../src/engine/spec.ts';

const sig = (z: number) => 1 / (1 + Math.exp(-z));
const softmax = (z: number[]) => {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((p, v) => p + v, 0);
  return e.map((v) => v / s);
};

const z = [0.3, -1.2];
const y = [0.25, 0.9];

/** Each loss's e_k for the outputs a (from z by its own output activation), by hand. */
const CASES: Record<Loss, { a: number[]; e: number[] }> = {
  half_sse: {
    a: [0.7, -0.1],
    e: [0.5 * (0.7 - 0.25) ** 2, 0.5 * (-0.1 - 0.9) ** 2],
  },
  mse: { a: [0.7, -0.1], e: [(0.7 - 0.25) ** 2 / 2, (-0.1 - 0.9) ** 2 / 2] },
  bce: {
    a: z.map(sig),
    e: z.map((zk, k) => -(y[k] * Math.log(sig(zk)) + (1 - y[k]) * Math.log(1 - sig(zk)))),
  },
  ce: { a: softmax(z), e: softmax(z).map((ak, k) => -y[k] * Math.log(ak)) },
};
const LOSSES = Object.keys(CASES) as Loss[];

describe('each loss', () => {
  it.each(LOSSES)('%s: its error terms are the definition’s', (loss) => {
    const { a, e } = CASES[loss];
    const got = errorTerms(loss, z, a, y);
    expect(got).toHaveLength(2);
    for (const [k, v] of got.entries()) expect(v).toBeCloseTo(e[k], 12);
    // errorOf, used for a hint's central difference, says the same from a alone.
    for (const [k, ak] of a.entries())
      expect(LOSS[loss].errorOf(y[k], 2)(ak)).toBeCloseTo(e[k], 12);
  });

  it.each(LOSSES)('%s: its slopes agree with central differences of e_k in a_k', (loss) => {
    const { a } = CASES[loss];
    const slopes = lossDerivative(loss, z, a, y);
    const h = 1e-6;
    for (const [k, ak] of a.entries()) {
      const e = LOSS[loss].errorOf(y[k], 2);
      expect(slopes[k]).toBeCloseTo((e(ak + h) - e(ak - h)) / (2 * h), 6);
    }
  });

  it('slopes by hand', () => {
    expect(lossDerivative('half_sse', z, [0.7, -0.1], y)).toEqual([0.7 - 0.25, -0.1 - 0.9]);
    expect(lossDerivative('mse', z, [0.7, -0.1], y)).toEqual([
      (2 * (0.7 - 0.25)) / 2,
      (2 * (-0.1 - 0.9)) / 2,
    ]);
    const a = [0.6, 0.3, 0.1];
    expect(lossDerivative('mse', [0, 0, 0], a, [0, 0, 0])).toEqual([
      (2 * 0.6) / 3,
      (2 * 0.3) / 3,
      (2 * 0.1) / 3,
    ]);
    expect(lossDerivative('ce', [0, 0, 0], a, [0, 1, 0.5])).toEqual([-0, -1 / 0.3, -0.5 / 0.1]);
  });

  it('a zero target weighs nothing, even against an infinite log', () => {
    // softmax gives the second output e^−2e308 = 0: −0·ln 0 is 0, not NaN.
    expect(errorTerms('ce', [1e308, -1e308], [1, 0], [1, 0])).toEqual([0, 0]);
    expect(lossDerivative('ce', [1e308, -1e308], [1, 0], [1, 0])).toEqual([-1, -0]);
    // bce at a = σ(800) = 1 with y = 1: the (1 − y) part is 0, not 0 · ∞.
    expect(errorTerms('bce', [800], [1], [1])[0]).toBe(0);
    expect(lossDerivative('bce', [800], [1], [1])).toEqual([-1]);
  });

  it('what each loss needs of the network, and the targets it takes', () => {
    expect(LOSS.bce.needs).toBe('sigmoid');
    expect(LOSS.ce.needs).toBe('softmax');
    expect(LOSS.half_sse.needs).toBeUndefined();
    expect(LOSS.mse.needs).toBeUndefined();
    expect(LOSS.bce.targets).toEqual({ min: 0, max: 1, rule: 'bce targets must lie in [0, 1]' });
    expect(LOSS.ce.targets).toEqual({
      min: 0,
      max: Number.POSITIVE_INFINITY,
      rule: 'ce targets must not be negative',
    });
    expect(LOSS.half_sse.targets).toBeUndefined();
  });
});

describe('how each loss is written', () => {
  /** The template with a and y as symbols; a grouped y is marked [y]. */
  const written = (loss: Loss, K = 3) =>
    LOSS[loss]
      .term(
        (q, grouped) => (grouped ? `[${q}]` : q),
        (t) => t,
        K,
      )
      .join(' ');

  it.each([
    ['half_sse', '\\tfrac{1}{2}( a - [y] )^2'],
    ['mse', '\\tfrac{1}{3}( a - [y] )^2'],
    ['bce', '-\\big[ y \\ln a {}+ (1 -{} [y] )\\ln(1 -{} a )\\big]'],
    ['ce', '- [y] \\ln a'],
  ] as const)('%s: e_k = %s', (loss, tex) => {
    expect(written(loss)).toBe(tex);
  });

  it.each([
    ['half_sse', 'A - Y'],
    ['mse', '\\frac{2}{3}(A - Y)'],
    ['bce', '-\\frac{Y}{A} + \\frac{1 - Y}{1 - A}'],
    ['ce', '-\\frac{Y}{A}'],
  ] as const)('%s: ∂e_k/∂a_k = %s', (loss, tex) => {
    expect(LOSS[loss].slopeTex('A', 'Y', 3)).toBe(tex);
  });
});

describe('negLogSoftmax', () => {
  it('is −ln softmax(z)_k', () => {
    const s = softmax([0.5, 2, -1]);
    for (const k of [0, 1, 2])
      expect(negLogSoftmax([0.5, 2, -1], k)).toBeCloseTo(-Math.log(s[k]), 14);
  });

  it('stays finite whichever output is largest, first or last', () => {
    expect(negLogSoftmax([0, 1000], 0)).toBeCloseTo(1000, 10);
    expect(negLogSoftmax([0, 1000], 1)).toBe(0);
    expect(negLogSoftmax([1000, 0, 3], 1)).toBeCloseTo(1000, 10);
    expect(negLogSoftmax([-5, 0, 1000], 0)).toBeCloseTo(1005, 10);
  });

  it('keeps the tiny loss of a confident right answer', () => {
    // −ln(1/(1 + e^−40)) = ln(1 + e^−40) ≈ e^−40, not 0.
    expect(negLogSoftmax([40, 0], 0)).toBeCloseTo(Math.exp(-40), 30);
    expect(negLogSoftmax([40, 0], 0)).toBeGreaterThan(0);
  });
});

describe('the fused output δ', () => {
  it('bce∘sigmoid gives a − y, exact where a rounds to 1', () => {
    const d = fusedOutputDelta('bce', 'sigmoid', z, z.map(sig), y) ?? [];
    for (const [k, v] of d.entries()) expect(v).toBeCloseTo(sig(z[k]) - y[k], 14);
    // σ(40) rounds to 1, so a − y would be 0; the true δ is −σ(−40).
    const [far] = fusedOutputDelta('bce', 'sigmoid', [40], [1], [1]) ?? [];
    expect(far).toBeCloseTo(-sig(-40), 30);
    expect(far).toBeLessThan(0);
  });

  it('ce∘softmax gives a·Σy − y', () => {
    const zs = [0.5, 2, -1];
    const a = softmax(zs);
    const ys = [0.2, 0.5, 0.1];
    const total = 0.8;
    const d = fusedOutputDelta('ce', 'softmax', zs, a, ys) ?? [];
    expect(d).toHaveLength(3);
    for (const [j, v] of d.entries()) expect(v).toBeCloseTo(a[j] * total - ys[j], 14);
  });

  it.each([
    ['bce', 'tanh'],
    ['ce', 'sigmoid'],
    ['half_sse', 'sigmoid'],
    ['mse', 'softmax'],
  ] as const)('%s with %s is multiplied out instead (undefined)', (loss, f) => {
    expect(fusedOutputDelta(loss, f, z, z.map(sig), y)).toBeUndefined();
    expect(fusedPairProduct(loss, f, z, z.map(sig), y, 0, 0)).toBeUndefined();
  });

  it('one path’s first two factors: ∂J/∂a_i · ∂a_i/∂z_j', () => {
    const zs = [0.5, 2, -1];
    const a = softmax(zs);
    const ys = [0.2, 0.5, 0.1];
    // softmax: ∂a_i/∂z_j = a_i(δ_ij − a_j); ∂J/∂a_i = −y_i/a_i.
    for (const i of [0, 1, 2])
      for (const j of [0, 1, 2]) {
        const byHand = (-ys[i] / a[i]) * a[i] * ((i === j ? 1 : 0) - a[j]);
        expect(fusedPairProduct('ce', 'softmax', zs, a, ys, i, j)).toBeCloseTo(byHand, 14);
      }
    const s = z.map(sig);
    for (const i of [0, 1]) {
      const byHand = (-y[i] / s[i] + (1 - y[i]) / (1 - s[i])) * s[i] * (1 - s[i]);
      expect(fusedPairProduct('bce', 'sigmoid', z, s, y, i, i)).toBeCloseTo(byHand, 14);
    }
  });
});
