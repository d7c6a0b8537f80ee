import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/cli/contentFiles.ts';
import { presetFromData } from '../../src/content/presets.ts';
import { readPresets } from '../../src/content/read.ts';
import { receiveLink } from '../../src/state/linked.ts';
import { decodeNetwork } from '../../src/state/shareable.ts';
import { tinyNetwork as tiny } from '../support/networks.ts';

const presets = readPresets(readContentDir()).presets;

// Written as ui-contract's URL documents it, not with the app's own encoder.
const def = (content: unknown) =>
  Buffer.from(JSON.stringify(content), 'utf8').toString('base64url');

/** receiveLink given an older link's query `def=`, decoded as the page decodes it. */
function receive(
  search: string,
  presets: Parameters<typeof receiveLink>[2],
  saved: Parameters<typeof receiveLink>[3],
) {
  const text = new URLSearchParams(search).get('def');
  const network = text === null || text.trim() === '' ? null : decodeNetwork(text);
  return receiveLink(search, { text, network }, presets, saved);
}

describe('a network that arrives in a link', () => {
  it('with an id of its own, is shown as it is, with no notice', () => {
    const got = receive(`?net=fresh&def=${def(tiny('fresh', 0.5))}`, presets, []);
    expect(got.linked?.spec.id).toBe('fresh');
    expect(got.notices).toEqual([]);
  });

  it('with the id of a saved network, is renamed and the saved one stays; the notice says so', () => {
    const mine = presetFromData(tiny('mine', 0.25), 'saved[0].json');
    const got = receive(`?net=mine&def=${def(tiny('mine', 0.75))}`, presets, [mine]);
    expect(got.linked?.spec.id).toBe('mine-link');
    expect(got.linked?.spec.weights).toEqual([[[0.75]]]);
    expect(new URLSearchParams(got.search).get('net')).toBe('mine-link');
    expect(got.notices).toHaveLength(1);
    expect(got.notices[0].en).toMatch(/"mine".*saved networks.*"mine-link"/);
    expect(got.notices[0].zh).toMatch(/“mine”.*“mine-link”/);
  });

  it('that is one of the saved networks as saved, is that network (no copy, no notice)', () => {
    const mine = presetFromData(tiny('mine', 0.25), 'saved[0].json');
    const got = receive(`?net=mine&def=${def(tiny('mine', 0.25))}`, presets, [mine]);
    expect(got).toEqual({
      linked: null,
      search: `?net=mine&def=${def(tiny('mine', 0.25))}`,
      notices: [],
    });
  });

  it('with the id of a preset, is renamed with a notice (not dropped unsaid)', () => {
    const id = presets[0].spec.id;
    const got = receive(`?net=${id}&def=${def(tiny(id, 0.5))}`, presets, []);
    expect(got.linked?.spec.id).toBe(`${id}-link`);
    expect(got.notices[0].en).toMatch(/a preset has it/);
  });

  it('empty or unreadable, is named in a notice in both languages', () => {
    const empty = receive('?net=x&def=', presets, []);
    expect(empty.linked).toBeNull();
    expect(empty.notices.map((n) => n.en)).toEqual(['network definition def= (it is empty)']);
    expect(empty.notices[0].zh).toMatch(/def=/);
    const broken = receive(`?def=${def({ id: 'x', layers: [2] })}`, presets, []);
    expect(broken.notices[0].en).toMatch(/^network definition def= \(link\.json: layers: /);
  });
});
