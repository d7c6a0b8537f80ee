import { describe, expect, it } from 'vitest';
import { kroneckerChain, shapeMatchingGradient, type TwoLayer } from '../../src/engine/jacobian.ts';
import { maxAbsDiff, shape, transpose } from '../../src/engine/matrix.ts';
import { seededRandom } from '../../src/engine/random.ts';
import { trace } from '../../src/engine/trace.ts';

function randomTwoLayer(n: number, m: number, h: number, k: number, seed: number): TwoLayer {
  const rand = seededRandom(seed);
  const mat = (r: number, c: number, s = 1) =>
    Array.from({ length: r }, () => Array.from({ length: c }, () => s * (2 * rand() - 1)));
  return {
    X: mat(n, m),
    W1: mat(m, h),
    W2: mat(h, k),
    Y: mat(n, k, 0.5).map((r) => r.map((v) => v + 0.5)),
  };
}

describe('the Kronecker form and the shape-matching form', () => {
  it.each([
    [4, 3, 2, 1, 1],
    [5, 2, 4, 3, 2],
    [7, 4, 3, 2, 3],
    [3, 5, 6, 4, 4],
  ])('n=%i m=%i h=%i k=%i: equal to 1e-12 (seed %i)', (n, m, h, k, seed) => {
    const p = randomTwoLayer(n, m, h, k, seed);
    const { blocks, chain, gradient } = kroneckerChain(p);
    expect(blocks.map((b) => shape(b.matrix))).toEqual([
      [n * k, n * k],
      [n * k, n * k],
      [n * k, n * k],
      [n * k, n * h],
      [n * h, n * h],
      [n * h, m * h],
    ]);
    expect(shape(chain)).toEqual([n * k, m * h]);
    expect(shape(gradient)).toEqual([m, h]);
    expect(maxAbsDiff(gradient, shapeMatchingGradient(p).gradient)).toBeLessThan(1e-12);
  });

  it('both equal the engine’s gradient of the same network', () => {
    const p = randomTwoLayer(4, 3, 2, 1, 9);
    const spec = {
      id: 'two-layer',
      layers: [3, 2, 1],
      activations: ['sigmoid', 'sigmoid'] as const,
      loss: 'half_sse' as const,
      reduction: 'sum' as const,
      weights: [transpose(p.W1), transpose(p.W2)],
      samples: p.X.map((x, b) => ({ x, y: p.Y[b] })),
    };
    const engine = transpose(
      trace({ ...spec, activations: [...spec.activations] }).gradWeights[0] as number[][],
    );
    expect(maxAbsDiff(kroneckerChain(p).gradient, engine)).toBeLessThan(1e-14);
  });
});
