import { describe, expect, it } from 'vitest';
import { forwardLoss } from '../../src/engine/forwardLoss.ts';
import { GRADCHECK_SEED, GRADCHECK_STEP, gradientCheck } from '../../src/engine/gradcheck.ts';
import { type ParamRef, paramName } from '../../src/engine/names.ts';
import { sampleParams } from '../../src/engine/paramSample.ts';
import { allParams } from '../../src/engine/params.ts';
import { randomNetwork } from '../../src/engine/random.ts';
import type { NetworkSpec } from '../../src/engine/spec.ts';
import { trace } from '../../src/engine/trace.ts';

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

describe('the loss from the forward pass alone', () => {
  it('is the trace’s J and z to the last bit (L2, softmax, no biases)', () => {
    const specs = [
      randomNetwork({
        layers: [3, 4, 2],
        activations: ['tanh', 'sigmoid'],
        loss: 'bce',
        l2: 0.1,
        samples: 3,
        seed: 11,
      }),
      randomNetwork({
        layers: [2, 5, 3],
        activations: ['relu', 'softmax'],
        loss: 'ce',
        reduction: 'sum',
        biases: false,
        samples: 4,
        seed: 12,
      }),
    ];
    for (const spec of specs) {
      const t = trace(spec);
      const f = forwardLoss(spec);
      expect(f.loss).toBe(t.loss);
      expect(f.z).toEqual(t.samples.map((s) => s.layers.map((layer) => layer.z)));
    }
  });
});

describe('a seeded sample of the parameters', () => {
  // 4→10→3 with biases: W1 has 40, W2 30, b1 10, b2 3 (83 in all).
  const spec = randomNetwork({
    layers: [4, 10, 3],
    activations: ['tanh', 'linear'],
    loss: 'half_sse',
    samples: 2,
    seed: 13,
  });
  const group = (p: ParamRef) => `${p.kind}${p.layer}`;

  it('gives every matrix and vector one, and the rest by size (largest remainder)', () => {
    // 16 beyond one each, split 39 : 29 : 9 : 2 → 7.90, 5.87, 1.82, 0.41 → 7 + 1, 5 + 1, 1 + 1, 0.
    const sample = sampleParams(spec, 20, 1);
    const counts = Object.fromEntries(
      ['weight1', 'weight2', 'bias1', 'bias2'].map((g) => [
        g,
        sample.filter((p) => group(p) === g).length,
      ]),
    );
    expect(counts).toEqual({ weight1: 9, weight2: 7, bias1: 3, bias2: 1 });
  });

  it('is the same for the same seed, distinct, and in allParams’ order', () => {
    const names = sampleParams(spec, 20, 1).map(paramName);
    expect(sampleParams(spec, 20, 1).map(paramName)).toEqual(names);
    expect(sampleParams(spec, 20, 2).map(paramName)).not.toEqual(names);
    expect(new Set(names).size).toBe(20);
    const order = allParams(spec).map(paramName);
    const at = names.map((n) => order.indexOf(n));
    expect(at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1]))).toBe(true);
  });

  it('is every parameter when asked for all of them, or more', () => {
    expect(sampleParams(spec, 83, 1)).toEqual(allParams(spec));
    expect(sampleParams(spec, 500, 1)).toEqual(allParams(spec));
  });
});

describe('the gradient check of a large network', () => {
  const spec = randomNetwork({
    layers: [6, 8, 5],
    activations: ['sigmoid', 'tanh'],
    loss: 'mse',
    samples: 3,
    seed: 14,
  });
  // 48 + 40 + 8 + 5 = 101 parameters, 3 samples: a full check costs 101 · 101 · 3 = 30,603.

  it('checks every parameter while parameters² × samples is within the budget', () => {
    const check = gradientCheck(spec, 30_603);
    expect(check.checked).toBe(101);
    expect(check.of).toBe(101);
    expect(check.entries.map((e) => e.param)).toEqual(allParams(spec).map(paramName));
  });

  it('past it, checks a seeded sample of ⌊budget / (parameters × samples)⌋, at least 100', () => {
    // 30,602 / 303 = 100.99 → 100 of 101.
    const check = gradientCheck(spec, 30_602);
    expect(check.checked).toBe(100);
    expect(check.of).toBe(101);
    expect(check.entries.map((e) => e.param)).toEqual(
      sampleParams(spec, 100, GRADCHECK_SEED).map(paramName),
    );
    expect(check.maxRelError).toBeLessThanOrEqual(1e-7);
    // Never fewer than 100, however small the budget.
    expect(gradientCheck(spec, 1).checked).toBe(100);
  });
});
