import { describe, expect, it } from 'vitest';
import { gradientCheck } from '../../src/engine/gradcheck.ts';
import {
  type BuilderForm,
  buildNetwork,
  MAX_LAYERS,
  MAX_UNITS,
  readSizes,
} from '../../src/state/builder.ts';

const form = (over: Partial<BuilderForm> = {}): BuilderForm => ({
  id: 'my-network',
  sizes: '2, 3, 1',
  activations: ['tanh', 'sigmoid'],
  loss: 'bce',
  reduction: 'mean',
  l2: '0',
  biases: true,
  seed: '1',
  samples: [
    { x: ['0', '1'], y: ['1'] },
    { x: ['1', '1'], y: ['0'] },
  ],
  ...over,
});

describe('building a network', () => {
  it('builds a valid spec whose gradients check out; the same seed gives the same weights', () => {
    const a = buildNetwork(form());
    const b = buildNetwork(form());
    if ('error' in a || 'error' in b) throw new Error('expected a network');
    expect(a.layers).toEqual([2, 3, 1]);
    expect(a.weights).toEqual(b.weights);
    expect(a.biases).toEqual([[0, 0, 0], [0]]);
    expect(gradientCheck(a).maxRelError).toBeLessThan(1e-7);
    const c = buildNetwork(form({ seed: '2' }));
    expect('error' in c ? null : c.weights).not.toEqual(a.weights);
  });

  it(`allows ${MAX_LAYERS} layers of ${MAX_UNITS} units and says so beyond`, () => {
    expect(
      readSizes(
        Array(MAX_LAYERS + 1)
          .fill(MAX_UNITS)
          .join(','),
      ),
    ).toHaveLength(MAX_LAYERS + 1);
    expect(
      readSizes(
        Array(MAX_LAYERS + 2)
          .fill(2)
          .join(','),
      ),
    ).toEqual({
      error: `layers: at most ${MAX_LAYERS} layers after the input, got ${MAX_LAYERS + 1}`,
    });
    expect(readSizes(`2, ${MAX_UNITS + 1}, 1`)).toEqual({
      error: `layers[1]: at most ${MAX_UNITS} units in a layer, got ${MAX_UNITS + 1}`,
    });
    expect(readSizes('2')).toEqual({
      error: 'layers: give at least 2 sizes, input first (e.g. 2, 3, 1)',
    });
    expect(readSizes('2, x, 1')).toEqual({
      error: 'layers[1]: expected a whole number ≥ 1, got "x"',
    });
  });

  it('gives the network spec’s own messages for what does not fit', () => {
    expect(buildNetwork(form({ activations: ['tanh', 'relu'] }))).toEqual({
      error: 'loss: bce needs a sigmoid output layer, but activations[1] is relu',
    });
    expect(buildNetwork(form({ samples: [{ x: ['0', '1'], y: ['2'] }] }))).toEqual({
      error: 'samples[0].y[0]: bce targets must lie in [0, 1], got 2',
    });
    expect(buildNetwork(form({ samples: [{ x: ['0', 'a'], y: ['1'] }] }))).toEqual({
      error: 'samples[0].x[1]: expected a finite number, got NaN',
    });
    expect(buildNetwork(form({ l2: '-1' }))).toEqual({
      error: 'regularization.l2: expected a finite number ≥ 0, got -1',
    });
    expect(buildNetwork(form({ samples: [] }))).toEqual({
      error: 'samples: add at least one sample',
    });
  });
});
