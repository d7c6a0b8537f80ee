/** The per-edit cache: the same object for the same edits, and at most EDITED_CACHE_SIZE kept. */

import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/cli/contentFiles.ts';
import { readPresets } from '../../src/content/read.ts';
import { EDITED_CACHE_SIZE, withEdits } from '../../src/state/derived.ts';

const preset = readPresets(readContentDir()).presets.find((p) => p.spec.id === 'jacobian-xor');
if (!preset) throw new Error('content/ has no jacobian-xor');
/** The i-th of many different edits of one weight. */
const edit = (i: number) => ({ 'W1[0][0]': i / 1000 });

describe('withEdits', () => {
  it('gives the same object for the same edits, and the preset itself for none', () => {
    expect(withEdits(preset, {})).toBe(preset);
    expect(withEdits(preset, undefined)).toBe(preset);
    const a = withEdits(preset, { 'W1[0][0]': 0.25, 'W2[0][1]': 1 });
    expect(withEdits(preset, { 'W2[0][1]': 1, 'W1[0][0]': 0.25 })).toBe(a);
    expect(a.spec.weights[0][0][0]).toBe(0.25);
    expect(a.spec.weights[1][0][1]).toBe(1);
  });

  it(`keeps at most ${EDITED_CACHE_SIZE} versions: the least recently used goes first`, () => {
    const first = withEdits(preset, edit(1));
    const second = withEdits(preset, edit(2));
    for (let i = 3; i <= EDITED_CACHE_SIZE + 1; i++) withEdits(preset, edit(i));
    // EDITED_CACHE_SIZE + 1 versions were made: the first is gone, the second still there.
    expect(withEdits(preset, edit(2))).toBe(second);
    const again = withEdits(preset, edit(1));
    expect(again).not.toBe(first);
    expect(again.spec).toEqual(first.spec);
  });

  it('keeps the most recently used version however many others come after it', () => {
    const kept = withEdits(preset, edit(500));
    for (let i = 0; i < 10 * EDITED_CACHE_SIZE; i++) {
      withEdits(preset, edit(1000 + i));
      if (i % (EDITED_CACHE_SIZE - 1) === 0) expect(withEdits(preset, edit(500))).toBe(kept);
    }
  });
});
