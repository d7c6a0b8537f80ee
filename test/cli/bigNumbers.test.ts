/**
 * Issue 18: numbers near the largest double. A number that overflows is printed by JSON as
 * null, so every command must refuse it in one line that names where it arose, and say so when
 * training has left a layer saturated instead of learning.
 */

import { describe, expect, it } from 'vitest';
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

describe('train refuses a run that overflows, naming the step and the quantity', () => {
  it('--lr 1e308 on J = ½w² with w = 2: step 1 sets w to 2 − 1e308 × 2, past the largest double', async () => {
    const file = tempFile(
      'half-square.json',
      net({ layers: [1, 1], activations: ['linear'], weights: [[[2]]] }),
    );
    expectFailure(
      await npmRun('train', file, '--lr', '1e308', '--steps', '3'),
      `${file}: training diverged: the loss became Infinity after step 1; first in step 1, the update W1[0][0] − η·∂J/∂W1[0][0] = 2 − 1e+308 × 2: not a finite number (it overflowed to -Infinity; a double holds at most ±1.8e308); try a smaller --lr`,
    );
  });

  it('a network that overflows before any step is refused as trace refuses it', async () => {
    const file = tempFile(
      'big-train.json',
      net({
        layers: [1, 1],
        activations: ['sigmoid'],
        weights: [[[BIG]]],
        samples: [{ x: [BIG], y: [1] }],
      }),
    );
    expectFailure(
      await npmRun('train', file, '--lr', '0.1', '--steps', '3'),
      `${file}: before training: z1[0] of sample 0: ${OVERFLOWED}`,
    );
  });
});

describe('train says when it has left a layer saturated', () => {
  it('--lr 1e6 throws a sigmoid unit to z = −62,500, where σ′ is 0 and the loss stays at 0.25', async () => {
    // J = mean of ½(σ(w·x) − y)² over (x, y) = (1, 1) and (2, 0), from w = 0: ∂J/∂w is
    // mean(−½·¼·1, ½·¼·2) = 1/16, so step 1 takes w to −62,500; z is then −62,500 and −125,000,
    // σ′(z) rounds to 0, no later step moves w, and J stays at mean(½·1², ½·0²) = 0.25.
    const file = tempFile(
      'saturates.json',
      net({
        layers: [1, 1],
        activations: ['sigmoid'],
        weights: [[[0]]],
        samples: [
          { x: [1], y: [1] },
          { x: [2], y: [0] },
        ],
      }),
    );
    const run = await npmRun('train', file, '--lr', '1e6', '--steps', '5');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.weights).toEqual([[[-62500]]]);
    expect(out.loss).toEqual([0.125, 0.25, 0.25, 0.25, 0.25, 0.25]);
    expect(run.stderr).toBe(
      `${file}: warning: training left layer 1 (sigmoid) saturated: |z| ≥ 6.25e+4 in every unit and sample, where the slope is under 1e-6 of its largest, so almost no gradient passes through; the loss has not changed since step 1; a smaller --lr may avoid it\n`,
    );
  });
});

describe('trace refuses a gradient check that overflows', () => {
  it('J = ½(w·x)² with x = 1.34e154 is finite at w = 1 but not at w + h: the difference is NaN', async () => {
    // (1.34e154)² = 1.7956e308 is a double; (1.001 · 1.34e154)² is past 1.7977e308, so J(w + h)
    // and J(w + 2h) are ∞, and −∞ + 8∞ in the fourth-order difference is NaN.
    const file = tempFile(
      'edge.json',
      net({
        layers: [1, 1],
        activations: ['linear'],
        weights: [[[1]]],
        samples: [{ x: [1.34e154], y: [0] }],
      }),
    );
    expectFailure(
      await npmRun('trace', file),
      `${file}: the gradient check's central difference for W1[0][0]: not a finite number (NaN: a step of it met ∞ − ∞ or 0·∞ after an overflow)`,
    );
  });
});
