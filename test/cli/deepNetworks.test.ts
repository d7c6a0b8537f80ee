/**
 * Issue 18: every command finishes in seconds or refuses at once. A deep network of one unit
 * per layer is small by the size measure, but costs per layer besides.
 */

import { describe, it } from 'vitest';
import { randomNetwork } from '../../src/engine/random.ts';
import { expectFailure, npmRun, tempFile } from './npmRun.ts';

/** `depth` layers of one sigmoid unit after one input. */
const column = (depth: number) =>
  randomNetwork({
    layers: Array(depth + 1).fill(1),
    activations: Array(depth).fill('sigmoid'),
    loss: 'half_sse',
    samples: 1,
    seed: 9,
  });

describe('a network deeper than a command takes is refused in one line naming the limit', () => {
  it('1,001 layers: trace, trace --param (whose paths ran out of stack at 5,000) and train', async () => {
    const file = tempFile('column-1001.json', column(1001));
    const [traced, paths, trained] = await Promise.all([
      npmRun('trace', file),
      npmRun('trace', file, '--param', 'W1[0][0]'),
      npmRun('train', file, '--lr', '0.1', '--steps', '10'),
    ]);
    const over = '1,001 layers after the input, over the limit of 1,000';
    expectFailure(traced, `${file}: too deep to trace: ${over}`);
    expectFailure(paths, `${file}: too deep to trace: ${over}`);
    expectFailure(trained, `${file}: too deep to train: ${over}`);
  });

  it('101 layers: export (whose output grows with depth squared: 201 layers wrote 8 MB)', async () => {
    const file = tempFile('column-101.json', column(101));
    expectFailure(
      await npmRun('export', file, '--format', 'latex'),
      `${file}: too deep to export: 101 layers after the input, over the limit of 100`,
    );
  });
});
