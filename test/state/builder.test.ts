import { describe, expect, it } from 'vitest';
import { gradientCheck } from '../../src/engine/gradcheck.ts';
import {
  type BuilderForm,
  buildNetwork,
  MAX_LAYERS,
  MAX_UNITS,
  readSizes,
} from '../../src/state/builder.ts';

/** The English message of a refusal (its Chinese twin must exist too). */
function en(r: unknown): string {
  const error = (r as { error?: { en: string; zh: string } }).error;
  if (!error) throw new Error('expected a refusal');
  expect(error.zh.length).toBeGreaterThan(3);
  return error.en;
}

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
      error: {
        en: `layers: at most ${MAX_LAYERS} layers after the input, got ${MAX_LAYERS + 1}`,
        zh: `layers：输入层之后最多 ${MAX_LAYERS} 层，这里有 ${MAX_LAYERS + 1} 层`,
      },
    });
    expect(en(readSizes(`2, ${MAX_UNITS + 1}, 1`))).toBe(
      `layers[1]: at most ${MAX_UNITS} units in a layer, got ${MAX_UNITS + 1}`,
    );
    expect(en(readSizes('2'))).toBe('layers: give at least 2 sizes, input first (e.g. 2, 3, 1)');
    expect(en(readSizes('2, x, 1'))).toBe('layers[1]: expected a whole number ≥ 1, got "x"');
  });

  it('gives the network spec’s own messages for what does not fit', () => {
    expect(en(buildNetwork(form({ activations: ['tanh', 'relu'] })))).toBe(
      'loss: bce needs a sigmoid output layer, but activations[1] is relu',
    );
    expect(en(buildNetwork(form({ samples: [{ x: ['0', '1'], y: ['2'] }] })))).toBe(
      'samples[0].y[0]: bce targets must lie in [0, 1], got 2',
    );
    expect(en(buildNetwork(form({ samples: [{ x: ['0', 'a'], y: ['1'] }] })))).toBe(
      'samples[0].x[1]: “a” is not a number',
    );
    expect(en(buildNetwork(form({ l2: '-1' })))).toBe(
      'regularization.l2: expected a finite number ≥ 0, got -1',
    );
    expect(en(buildNetwork(form({ samples: [] })))).toBe('samples: add at least one sample');
  });

  it('reads each layer size as digits only: a doubled comma or an exponent is named, not guessed', () => {
    expect(readSizes('2, 3,1')).toEqual([2, 3, 1]);
    expect(readSizes(' 2 3  1 ')).toEqual([2, 3, 1]);
    expect(readSizes('2 , 3')).toEqual([2, 3]);
    expect(en(readSizes('2,,2'))).toBe(
      'layers[1]: a size is missing (two commas in a row, or a comma at an end)',
    );
    expect(en(readSizes(',2,2'))).toBe(
      'layers[0]: a size is missing (two commas in a row, or a comma at an end)',
    );
    expect(en(readSizes('1e1,2'))).toBe('layers[0]: expected a whole number ≥ 1, got "1e1"');
    expect(en(readSizes('0x3, 2'))).toBe('layers[0]: expected a whole number ≥ 1, got "0x3"');
    expect(en(readSizes('2, 2.0'))).toBe('layers[1]: expected a whole number ≥ 1, got "2.0"');
    expect(en(readSizes('2, 0'))).toBe('layers[1]: expected a whole number ≥ 1, got "0"');
  });

  it('reads samples, λ and the seed as every number field does, naming the field', () => {
    const one = (x: string) => form({ samples: [{ x: ['0', x], y: ['1'] }] });
    expect(en(buildNetwork(one('1,000')))).toBe(
      'samples[0].x[1]: “1,000” has a comma: write a decimal point (0.5) and no thousands separators',
    );
    expect(en(buildNetwork(one('0x10')))).toBe(
      'samples[0].x[1]: “0x10” is not a decimal number (0x, 0b and 0o forms are not read)',
    );
    expect(en(buildNetwork(one('0b101')))).toMatch(
      /^samples\[0\]\.x\[1\]: “0b101” is not a decimal/,
    );
    expect(en(buildNetwork(one('')))).toBe('samples[0].x[1]: “” is not a number');
    const built = buildNetwork(one('−0.5'));
    expect('error' in built ? built : built.samples[0].x).toEqual([0, -0.5]);
    expect(en(buildNetwork(form({ l2: '0,1' })))).toMatch(/^regularization\.l2: “0,1” has a comma/);
    expect(en(buildNetwork(form({ seed: '0x10' })))).toBe(
      'seed: expected a whole number ≥ 0, got "0x10"',
    );
    expect(en(buildNetwork(form({ seed: '1e3' })))).toBe(
      'seed: expected a whole number ≥ 0, got "1e3"',
    );
  });
});
