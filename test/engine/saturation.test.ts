/**
 * Saturated outputs: bce and ce are computed from z, so losses and gradients stay finite and
 * keep their digits where σ(z) or softmax(z) round to exactly 0 or 1.
 */

import { describe, expect, it } from 'vitest';
import { allParams } from '../../src/engine/params.ts';
import { enumeratePaths } from '../../src/engine/paths.ts';
import type { NetworkSpec } from '../../src/engine/spec.ts';
import { trace } from '../../src/engine/trace.ts';

/** One input x = 1 and one weight w, so z = w. */
const bceNet = (z: number, y: number): NetworkSpec => ({
  id: 'bce-saturated',
  layers: [1, 1],
  activations: ['sigmoid'],
  loss: 'bce',
  reduction: 'mean',
  weights: [[[z]]],
  samples: [{ x: [1], y: [y] }],
});

/** Two softmax outputs with z = (w, −w). */
const ceNet = (w: number, y: number[]): NetworkSpec => ({
  id: 'ce-saturated',
  layers: [1, 2],
  activations: ['softmax'],
  loss: 'ce',
  reduction: 'mean',
  weights: [[[w], [-w]]],
  samples: [{ x: [1], y }],
});

const relClose = (actual: number, expected: number, tol = 1e-15) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.abs(expected));

describe('bce with a saturated sigmoid', () => {
  it.each([50, 500])('|z| = %i: loss and gradient are exact on both sides', (s) => {
    const tiny = Math.exp(-s); // σ(−s), to within one part in e^s
    // Right answer with a confident output: J = ln(1 + e^{−s}) ≈ e^{−s}; ∂J/∂w = σ(s) − 1 = −σ(−s).
    relClose(trace(bceNet(s, 1)).loss, tiny);
    relClose(trace(bceNet(s, 1)).gradWeights[0][0][0], -tiny);
    relClose(trace(bceNet(-s, 0)).gradWeights[0][0][0], tiny);
    // Wrong answer with a confident output: J = s + ln(1 + e^{−s}); ∂J/∂w = ±1.
    relClose(trace(bceNet(-s, 1)).loss, s);
    relClose(trace(bceNet(s, 0)).loss, s);
    expect(trace(bceNet(-s, 1)).gradWeights[0][0][0]).toBe(-1);
    expect(trace(bceNet(s, 0)).gradWeights[0][0][0]).toBe(1);
    // A soft target: J = y·softplus(−s) + (1 − y)·softplus(s) ≈ (1 − y)s.
    relClose(trace(bceNet(s, 0.25)).loss, 0.75 * s + Math.log1p(tiny));
    relClose(trace(bceNet(s, 0.25)).gradWeights[0][0][0], 0.75 - tiny);
  });

  it.each([50, 500, 1000])('|z| = %i: the path products still sum to the gradient', (s) => {
    for (const [z, y] of [
      [s, 1],
      [-s, 1],
      [s, 0],
      [-s, 0.3],
    ]) {
      const spec = bceNet(z, y);
      const t = trace(spec);
      const paths = [...enumeratePaths(t, allParams(spec)[0])];
      expect(Number.isFinite(t.loss)).toBe(true);
      relClose(paths[0].product, t.gradWeights[0][0][0]);
    }
  });
});

describe('ce with a saturated softmax', () => {
  it.each([50, 500])('z = ±%i: loss and gradients are exact', (s) => {
    // Wrong class: J = lse(s, −s) + s = 2s + ln(1 + e^{−2s}).
    relClose(trace(ceNet(s, [0, 1])).loss, 2 * s + Math.log1p(Math.exp(-2 * s)));
    // Right class: J = ln(1 + e^{−2s}) ≈ e^{−2s}; ∂J/∂W₀₀ = a₀ − 1 = −a₁ ≈ −e^{−2s}.
    const right = trace(ceNet(s, [1, 0]));
    const a1 = Math.exp(-2 * s) / (1 + Math.exp(-2 * s));
    relClose(right.loss, Math.log1p(Math.exp(-2 * s)));
    relClose(right.gradWeights[0][0][0], -a1);
    relClose(right.gradWeights[0][1][0], a1);
  });

  it('z = ±1000: finite loss and gradients, and paths that sum to them', () => {
    const spec = ceNet(1000, [0, 1]);
    const t = trace(spec);
    expect(t.loss).toBe(2000);
    expect(t.gradWeights[0]).toEqual([[1], [-1]]);
    for (const p of allParams(spec)) {
      const sum = [...enumeratePaths(t, p)].reduce((acc, path) => acc + path.product, 0);
      expect(sum).toBe(t.gradWeights[p.layer - 1][p.row][0]);
    }
  });
});
