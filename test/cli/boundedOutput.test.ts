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
