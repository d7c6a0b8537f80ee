import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/cli/contentFiles.ts';
import { readPresets } from '../../src/content/read.ts';
import { kroneckerChain, shapeMatchingGradient, type TwoLayer } from '../../src/engine/jacobian.ts';
import { maxAbsDiff, shape, transpose } from '../../src/engine/matrix.ts';
import { seededRandom } from '../../src/engine/random.ts';
import { trace } from '../../src/engine/trace.ts';
import { train } from '../../src/engine/train.ts';

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

describe('XOR with the article’s settings (seed 004)', () => {
  it('learning rate 1, summed loss: 3000 steps learn XOR', async () => {
    const preset = readPresets(readContentDir()).presets.find((p) => p.spec.id === 'jacobian-xor');
    if (!preset) throw new Error('jacobian-xor preset missing');
    const run = train(preset.spec, 1, 3000);
    const outputs = trace(run.spec).samples.map((s) => s.layers[1].a[0]);
    expect(outputs.map(Math.round)).toEqual([0, 1, 1, 0]);
    outputs.forEach((o, b) => {
      expect(Math.abs(o - preset.spec.samples[b].y[0])).toBeLessThan(0.05);
    });
    expect(run.loss[3000]).toBeLessThan(run.loss[0] / 100);
  });
});
