/**
 * Issue 18: numbers near the largest double. A number that overflows is printed by JSON as
 * null, so every command must refuse it in one line that names where it arose, and say so when
 * training has left a layer saturated instead of learning.
 */

import { describe, it } from 'vitest';
import type { NetworkSpec } from '../../src/engine/spec.ts';
import { expectFailure, npmRun, tempFile } from './npmRun.ts';

const BIG = 1e308;

const net = (o: Partial<NetworkSpec> & Pick<NetworkSpec, 'layers' | 'activations' | 'weights'>) =>
  ({
    id: 'big',
    loss: 'half_sse',
    reduction: 'mean',
    samples: [{ x: [1], y: [0] }],
    ...o,
  }) as NetworkSpec;

const OVERFLOWED =
  'not a finite number (it overflowed to Infinity; a double holds at most ±1.8e308)';

describe('trace refuses a number that is not finite, naming where it arose', () => {
  it('weights and inputs of 1e308: z1[0] = 1e308 · 1e308 of sample 0 is the first to overflow', async () => {
    const file = tempFile(
      'big.json',
      net({
        layers: [1, 2, 1],
        activations: ['sigmoid', 'linear'],
        weights: [[[BIG], [BIG]], [[BIG, BIG]]],
        biases: [[0, 0], [0]],
        samples: [
          { x: [BIG], y: [1] },
          { x: [1], y: [0] },
        ],
      }),
    );
    const [whole, paths] = await Promise.all([
      npmRun('trace', file),
      npmRun('trace', file, '--param', 'W1[0][0]'),
    ]);
    expectFailure(whole, `${file}: z1[0] of sample 0: ${OVERFLOWED}`);
    expectFailure(paths, `${file}: z1[0] of sample 0: ${OVERFLOWED}`);
  });

  it('names the layer and the sample: 1e200 · 1e200 in layer 2 of sample 1, sample 0 being finite', async () => {
    // Sample 0 has x = 0, so every z of it is 0; sample 1 has z1 = 1e200 and z2 = 1e400.
    const file = tempFile(
      'deep-big.json',
      net({
        layers: [1, 1, 1],
        activations: ['linear', 'linear'],
        weights: [[[1e200]], [[1e200]]],
        samples: [
          { x: [0], y: [0] },
          { x: [1], y: [0] },
        ],
      }),
    );
    expectFailure(await npmRun('trace', file), `${file}: z2[0] of sample 1: ${OVERFLOWED}`);
  });
});
