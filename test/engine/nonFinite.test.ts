/** firstNonFinite: the first quantity of a trace that overflowed, in the order it is computed. */

import { describe, expect, it } from 'vitest';
import { firstNonFinite } from '../../src/engine/nonFinite.ts';
import type { NetworkSpec } from '../../src/engine/spec.ts';
import { trace } from '../../src/engine/trace.ts';

const linear = (w1: number, w2: number, samples: NetworkSpec['samples']): NetworkSpec => ({
  id: 'two-linear',
  layers: [1, 1, 1],
  activations: ['linear', 'linear'],
  loss: 'half_sse',
  reduction: 'mean',
  weights: [[[w1]], [[w2]]],
  samples,
});

describe('firstNonFinite', () => {
  it('is undefined for a finite trace', () => {
    expect(firstNonFinite(trace(linear(0.5, -2, [{ x: [1], y: [0] }])))).toBeUndefined();
  });

  it('names z of the layer and the sample where the overflow arose, not the ones it reached', () => {
    // Sample 0 (x = 0) is all zeros; in sample 1, z1 = 1e200 and z2 = 1e400.
    const t = trace(
      linear(1e200, 1e200, [
        { x: [0], y: [0] },
        { x: [1], y: [0] },
      ]),
    );
    expect(firstNonFinite(t)).toEqual({
      quantity: { kind: 'z', sample: 1, layer: 2, unit: 0 },
      value: Number.POSITIVE_INFINITY,
    });
  });

  it('names the error term when the forward pass is finite: ½(1e155)² overflows', () => {
    const t = trace(linear(1e155, 1, [{ x: [1], y: [0] }]));
    expect(firstNonFinite(t)).toEqual({
      quantity: { kind: 'error', sample: 0, unit: 0 },
      value: Number.POSITIVE_INFINITY,
    });
  });

  it('names a hidden z of ∞ though σ(∞) = 1 hides it from the loss', () => {
    // z1 = 1e200·1e200 = ∞ but σ(∞) = 1; that z is first, before anything it feeds.
    const spec: NetworkSpec = {
      ...linear(1e200, 1, [{ x: [1e200], y: [1] }]),
      activations: ['sigmoid', 'linear'],
    };
    expect(firstNonFinite(trace(spec))?.quantity).toEqual({
      kind: 'z',
      sample: 0,
      layer: 1,
      unit: 0,
    });
  });

  it('names ∂J_b/∂a of the hidden layer when a weight of 1e300 meets a δ of 1e10', () => {
    // Forward: z1 = 0 (x = 0), a1 = 0, z2 = 0 + b = 1e10; J = ½·1e20. Backward: δ2 = 1e10,
    // ∂J/∂a1 = δ2·W2 = 1e310 = ∞.
    const spec: NetworkSpec = {
      ...linear(1, 1e300, [{ x: [0], y: [0] }]),
      biases: [[0], [1e10]],
    };
    expect(firstNonFinite(trace(spec))).toEqual({
      quantity: { kind: 'dJdA', sample: 0, layer: 1, unit: 0 },
      value: Number.POSITIVE_INFINITY,
    });
  });
});
