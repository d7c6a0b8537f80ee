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

describe('a network deeper than the content format takes is refused in one line naming the limit', () => {
  // The format's bound (64 layers, the input included: schema/limits.ts) comes before any work:
  // a column of 5,000 one-unit layers took a minute to trace and its paths ran out of stack,
  // and export's output grows with depth squared (201 layers wrote 8 MB).
  it('1,001 layers: trace, trace --param, train and export', async () => {
    const file = tempFile('column-1001.json', column(1001));
    const [traced, paths, trained, exported] = await Promise.all([
      npmRun('trace', file),
      npmRun('trace', file, '--param', 'W1[0][0]'),
      npmRun('train', file, '--lr', '0.1', '--steps', '10'),
      npmRun('export', file, '--format', 'latex'),
    ]);
    const over = `${file}: layers: at most 64 layers, got 1,002`;
    for (const run of [traced, paths, trained, exported]) expectFailure(run, over);
  });

  it('63 layers after the input (64 in all) are traced', async () => {
    const run = await npmRun('trace', tempFile('column-63.json', column(63)));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).gradcheck.maxRelError).toBeLessThan(1e-5);
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
