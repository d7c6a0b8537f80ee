import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/cli/contentFiles.ts';
import { readPresets } from '../../src/content/read.ts';
import { decodeNetwork, encodeNetwork } from '../../src/state/shareable.ts';

describe('a network in a link', () => {
  it('every preset survives the round trip, titles in Chinese included', () => {
    for (const p of readPresets(readContentDir()).presets) {
      const back = decodeNetwork(encodeNetwork(p));
      if ('error' in back) throw new Error(back.error);
      expect(back.spec).toEqual(p.spec);
      expect(back.title).toEqual(p.title);
      expect(encodeNetwork(p)).toMatch(/^[A-Za-z0-9_-]+$/);
    }
  });

  it('a damaged link is named, not thrown', () => {
    expect(decodeNetwork('!!!')).toEqual({
      error: 'link: the network in this link could not be read',
    });
    const bad = btoa(JSON.stringify({ id: 'x', layers: [2] })).replace(/=+$/, '');
    const r = decodeNetwork(bad);
    expect('error' in r && r.error).toMatch(
      /^link\.json: layers: expected a list of at least 2 unit counts/,
    );
  });
});
