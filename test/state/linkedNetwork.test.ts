/** A network in a link's fragment, compressed; and the older `?def=` links, still read. */

import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/cli/contentFiles.ts';
import { readPresets } from '../../src/content/read.ts';
import {
  compressNetwork,
  DEF_LINK_LIMIT,
  decompressNetwork,
  linkFragment,
  readLinkedNetwork,
} from '../../src/state/linkedNetwork.ts';
import { encodeNetwork } from '../../src/state/shareable.ts';

const presets = readPresets(readContentDir()).presets;

describe('a network in a link fragment', () => {
  it('every preset survives the round trip, smaller than the uncompressed link and within the limit', async () => {
    for (const p of presets) {
      const def = await compressNetwork(p);
      expect(def).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(def.length).toBeLessThan(encodeNetwork(p).length);
      expect(def.length).toBeLessThan(DEF_LINK_LIMIT);
      const back = await decompressNetwork(def);
      if ('error' in back) throw new Error(back.error);
      expect(back.spec).toEqual(p.spec);
      expect(back.title).toEqual(p.title);
    }
  });

  it('reads the fragment first, then an older link’s uncompressed ?def=, else nothing', async () => {
    const [a, b] = presets;
    const fragment = await compressNetwork(a);
    const both = await readLinkedNetwork(`?net=x&def=${encodeNetwork(b)}`, `#def=${fragment}`);
    expect(both.text).toBe(fragment);
    expect(both.network && 'spec' in both.network && both.network.spec).toEqual(a.spec);
    const old = await readLinkedNetwork(`?net=x&step=2&def=${encodeNetwork(b)}`, '');
    expect(old.text).toBe(encodeNetwork(b));
    expect(old.network && 'spec' in old.network && old.network.spec).toEqual(b.spec);
    expect(await readLinkedNetwork('?net=x&step=2', '')).toEqual({ text: null, network: null });
    // An empty def, in either place, is there (to be named) but holds no network.
    expect(await readLinkedNetwork('', '#def=')).toEqual({ text: '', network: null });
    expect(await readLinkedNetwork('?def=', '')).toEqual({ text: '', network: null });
  });

  it('a damaged fragment is named, not thrown', async () => {
    const damaged = { error: 'link: the network in this link could not be read' };
    expect(await readLinkedNetwork('', '#def=!!!')).toEqual({ text: '!!!', network: damaged });
    // Valid base64url, but not deflated data.
    expect(await decompressNetwork('AAAA')).toEqual(damaged);
    const good = await compressNetwork(presets[0]);
    expect(await decompressNetwork(good.slice(0, good.length >> 1))).toEqual(damaged);
  });

  it('a fragment that inflates past the page’s bound is refused before it fills memory', async () => {
    // 3 MB of one letter deflates to a few KB.
    const huge = new TextEncoder().encode(`{"id":"${'a'.repeat(3_000_000)}"}`);
    const deflated = new Uint8Array(
      await new Response(
        new Blob([huge]).stream().pipeThrough(new CompressionStream('deflate-raw')),
      ).arrayBuffer(),
    );
    const text = Buffer.from(deflated).toString('base64url');
    expect(text.length).toBeLessThan(20_000);
    const got = await decompressNetwork(text);
    expect('error' in got && got.error).toMatch(/^link\.json: too large to open on this page: /);
  });

  it('the URL writer gets the fragment once it is compressed, and the same text after', async () => {
    const p = presets[0];
    const made = new Promise<string>((resolve) => {
      expect(linkFragment(p, resolve)).toBe('');
    });
    const def = await made;
    expect(linkFragment(p, () => {})).toBe(`#def=${def}`);
    expect(def).toBe(await compressNetwork(p));
  });
});
