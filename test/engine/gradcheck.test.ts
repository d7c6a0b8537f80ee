import { describe, expect, it } from 'vitest';
import { GRADCHECK_STEP, gradientCheck } from '../../src/engine/gradcheck.ts';
import { randomNetwork } from '../../src/engine/random.ts';
import type { NetworkSpec } from '../../src/engine/spec.ts';

/** 1 → 2 → 1 with relu hidden units: unit 0's input sits `z0` from the corner, unit 1 far from it. */
function nearCorner(z0: number, activation: 'relu' | 'leaky_relu' = 'relu'): NetworkSpec {
  return {
    id: 'near-corner',
    layers: [1, 2, 1],
    activations: [activation, 'linear'],
    loss: 'half_sse',
    weights: [[[1], [0.7]], [[0.9, -0.4]]],
    biases: [[z0 - 1, 0.2], [0.1]],
    samples: [{ x: [1], y: [0.3] }],
    reduction: 'mean',
  };
}

describe('the gradient check near a kink (network-spec.md §4)', () => {
  it.each(['relu', 'leaky_relu'] as const)(
    'a %s input within h of its corner is named, not counted as an error',
    (f) => {
      const check = gradientCheck(nearCorner(0.4 * GRADCHECK_STEP, f));
      // The parameters that move z1[0] straddle the corner; the rest are smooth.
      expect(check.kinks.map((k) => k.param)).toEqual(['W1[0][0]', 'b1[0]']);
      for (const k of check.kinks) {
        expect(k.at).toBe('z1[0]');
        expect(k.sample).toBe(0);
        expect(k.z).toBeCloseTo(0.4 * GRADCHECK_STEP, 15);
      }
      // Those entries do disagree: that is why they are set aside.
      const straddling = check.entries.filter((e) => e.kink);
      expect(Math.max(...straddling.map((e) => e.relError))).toBeGreaterThan(1e-3);
      expect(check.maxRelError).toBeLessThanOrEqual(1e-7);
    },
  );

  it('names nothing when every input is clear of its corner', () => {
    const check = gradientCheck(nearCorner(0.05));
    expect(check.kinks).toEqual([]);
    expect(check.entries.every((e) => e.kink === undefined)).toBe(true);
    expect(check.maxRelError).toBeLessThanOrEqual(1e-7);
  });

  it('smooth activations have no corners to cross, however close z is to 0', () => {
    const spec = randomNetwork({
      layers: [2, 3, 1],
      activations: ['gelu', 'softplus'],
      loss: 'half_sse',
      samples: 2,
      seed: 5,
    });
    spec.biases = [[0, 0, 0], [0]];
    spec.samples = [{ x: [0, 0], y: [1] }, ...spec.samples.slice(1)];
    const check = gradientCheck(spec);
    expect(check.kinks).toEqual([]);
    expect(check.maxRelError).toBeLessThanOrEqual(1e-7);
  });
});
