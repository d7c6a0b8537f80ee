/**
 * Issue 18: every command finishes in seconds or refuses at once. A deep network of one unit
 * per layer is small by the size measure, but costs per layer besides.
 */

import { describe, expect, it } from 'vitest';
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

/** The network the YAML below spells, as data. */
const SMALL = {
  id: 'padded',
  layers: [1, 1],
  activations: ['linear'],
  loss: 'half_sse',
  weights: [[[1]]],
  samples: [{ x: [1], y: [0] }],
};

describe('a YAML file longer than the commands read as YAML', () => {
  it('is refused before it is parsed, pointing to JSON (a 14 MB one took 25 s to read)', async () => {
    const small =
      'id: padded\nlayers: [1, 1]\nactivations: [linear]\nloss: half_sse\nweights: [[[1]]]\nsamples: [{x: [1], y: [0]}]\n';
    const text = `${small}${`# ${'.'.repeat(98)}\n`.repeat(40_000)}`;
    const file = tempFile('padded.yaml', text);
    const [traced, asJson] = await Promise.all([
      npmRun('trace', file),
      npmRun(
        'trace',
        tempFile('padded.json', JSON.stringify({ ...SMALL, pad: '.'.repeat(4_100_000) })),
      ),
    ]);
    expectFailure(
      traced,
      `${file}: too long to read as YAML: ${text.length.toLocaleString('en-US')} characters, over the limit of 4,000,000; write the network as JSON (.json), which has no such limit`,
    );
    expect(asJson.code).toBe(0);
  });
});
