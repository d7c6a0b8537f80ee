/** The derivation of a network with a wide layer: nothing in it may spread a layer into a call. */

import { describe, expect, it } from 'vitest';
import { cellSteps } from '../../src/derivation/cells.ts';
import { DEFAULT_NOTATION } from '../../src/derivation/notation.ts';
import { randomNetwork } from '../../src/engine/random.ts';
import { trace } from '../../src/engine/trace.ts';

describe('a layer of 240,000 weights', () => {
  // More cells than a call may take arguments (V8 allows some 125,000 on its default stack).
  const spec = randomNetwork({
    layers: [600, 400],
    activations: ['sigmoid'],
    loss: 'half_sse',
    samples: 1,
    seed: 3,
  });

  it('is filled cell by cell, each cell of the weight gradient in its place', () => {
    const t = trace(spec);
    const { equations, frames } = cellSteps(t, 1, 'weights', DEFAULT_NOTATION);
    const filled = equations.find((row) => row.kind === 'matrix')?.rhs[0];
    expect(filled?.matrix).toHaveLength(400);
    expect(filled?.matrix?.[0]).toHaveLength(600);
    expect(filled?.matrix?.[399][599]).toBe(t.gradWeights[0][399][599]);
    // Six cells written out, then one frame for the other 239,994.
    expect(frames).toHaveLength(7);
    expect(frames[6].keys).toHaveLength(240_000 - 6);
  });
});
