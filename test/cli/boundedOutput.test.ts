/**
 * Issue 18: output without bound. Every command's output stays a few megabytes on any network
 * the limits let through, and says what it left out; counts too large for a double are exact.
 */

import { describe, expect, it } from 'vitest';
import { randomNetwork } from '../../src/engine/random.ts';
import { npmRun, tempFile } from './npmRun.ts';

/** 1 input, `hidden` layers of `width` sigmoid units, 1 output. */
const deep = (hidden: number, width: number) =>
  randomNetwork({
    layers: [1, ...Array(hidden).fill(width), 1],
    activations: Array(hidden + 1).fill('sigmoid'),
    loss: 'half_sse',
    samples: 1,
    seed: 5,
  });

describe('trace --param on a network with more paths than it lists', () => {
  it('10^28 paths to W1[0][0]: an exact count as a decimal string, and 50,000 factors at most', async () => {
    // 29 hidden layers of 10: a path from W1[0][0] chooses one unit in each of layers 2…29.
    const file = tempFile('paths-1e28.json', deep(29, 10));
    const run = await npmRun('trace', file, '--param', 'W1[0][0]');
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeLessThan(8_000_000);
    const out = JSON.parse(run.stdout);
    expect(out.pathCount).toBe(`1${'0'.repeat(28)}`);
    // A path has a loss factor, 30 of ∂a/∂z, 29 weights and ∂z/∂W: 61; ⌊50,000 / 61⌋ = 819.
    expect(out.paths).toHaveLength(819);
    expect(out.paths[0].factors).toHaveLength(61);
    expect(out.pathsNotListed).toBe((10n ** 28n - 819n).toString());
    expect(out.truncated).toBe(
      `only the first 819 of 1${'0'.repeat(28)} paths are listed (at most 10,000 paths and 50,000 factors in all)`,
    );
  });

  it('10^6 paths: a count that a double holds stays a JSON number', async () => {
    // 7 hidden layers of 10: 10^6 paths of 17 factors; ⌊50,000 / 17⌋ = 2,941 are listed.
    const file = tempFile('paths-1e6.json', deep(7, 10));
    const run = await npmRun('trace', file, '--param', 'W1[0][0]');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.pathCount).toBe(1_000_000);
    expect(out.paths).toHaveLength(2941);
    expect(out.pathsNotListed).toBe(1_000_000 - 2941);
  });
});

describe('train --steps past 10,000', () => {
  it('prints the loss after every 100th of 1,000,000 steps and says which steps they are', async () => {
    // J = ½w² with x = 1, y = 0: each step multiplies w by 1 − η, so J after t steps is
    // ½(1 − η)^(2t).
    const file = tempFile('halving.json', {
      id: 'slow',
      layers: [1, 1],
      activations: ['linear'],
      loss: 'half_sse',
      reduction: 'mean',
      weights: [[[1]]],
      samples: [{ x: [1], y: [0] }],
    });
    const lr = 1e-6;
    const run = await npmRun('train', file, '--lr', String(lr), '--steps', '1000000');
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeLessThan(1_000_000);
    const out = JSON.parse(run.stdout);
    const steps = Array.from({ length: 10_001 }, (_, i) => 100 * i);
    expect(out.lossSteps).toEqual(steps);
    expect(out.loss).toHaveLength(10_001);
    out.loss.forEach((J: number, i: number) => {
      const expected = 0.5 * (1 - lr) ** (2 * steps[i]);
      expect(Math.abs(J - expected)).toBeLessThan(1e-9 * expected);
    });
    expect(out.thinned).toBe(
      'the loss after every 100 steps of 1,000,000 and after the last (10,001 of 1,000,001 values); lossSteps names the step of each',
    );
  });

  it('keeps the last step when it is not a multiple: 12,345 steps, every 2nd and then 12,345', async () => {
    const file = tempFile('odd.json', {
      id: 'odd',
      layers: [1, 1],
      activations: ['linear'],
      loss: 'half_sse',
      reduction: 'mean',
      weights: [[[1]]],
      samples: [{ x: [1], y: [0] }],
    });
    const out = JSON.parse(
      (await npmRun('train', file, '--lr', '1e-6', '--steps', '12345')).stdout,
    );
    expect(out.lossSteps).toHaveLength(6174);
    expect(out.lossSteps.slice(-3)).toEqual([12342, 12344, 12345]);
  });
});
