/** saturatedLayers and flatSince: what train's saturation warning rests on. */

import { describe, expect, it } from 'vitest';
import { flatSince, saturatedLayers } from '../../src/engine/saturation.ts';
import type { NetworkSpec } from '../../src/engine/spec.ts';
import { trace } from '../../src/engine/trace.ts';

/** One input x = 1 into one unit of `activation` with weight w, so z = w. */
const unit = (activation: 'sigmoid' | 'tanh' | 'relu', ws: number[]): NetworkSpec => ({
  id: 'one-unit',
  layers: [1, ws.length],
  activations: [activation],
  loss: 'half_sse',
  reduction: 'mean',
  weights: [ws.map((w) => [w])],
  samples: [{ x: [1], y: ws.map(() => 0) }],
});

describe('saturatedLayers', () => {
  it('σ at z = −20 and 30 is saturated (σ′ < 2.5e-7), with the smaller |z|; at z = 10 it is not', () => {
    expect(saturatedLayers(trace(unit('sigmoid', [-20, 30])))).toEqual([
      { layer: 1, activation: 'sigmoid', minAbsZ: 20 },
    ]);
    // σ′(10) ≈ 4.5e-5: one unit still passes a gradient, so the layer is not saturated.
    expect(saturatedLayers(trace(unit('sigmoid', [-20, 10])))).toEqual([]);
  });

  it('tanh at |z| = 9 is saturated (1 − tanh² ≈ 6e-8 < 1e-6), at |z| = 5 not (1.8e-4)', () => {
    expect(saturatedLayers(trace(unit('tanh', [9, -9])))).toHaveLength(1);
    expect(saturatedLayers(trace(unit('tanh', [5])))).toEqual([]);
  });

  it('relu is never named, even where its slope is 0', () => {
    expect(saturatedLayers(trace(unit('relu', [-50])))).toEqual([]);
  });
});

describe('flatSince', () => {
  it('is the first index from which the loss stays at its last value', () => {
    expect(flatSince([0.125, 0.25, 0.25, 0.25])).toBe(1);
    expect(flatSince([3, 2, 1])).toBe(2);
    expect(flatSince([5])).toBe(0);
    expect(flatSince([1, 1, 1])).toBe(0);
  });
});
