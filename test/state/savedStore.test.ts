import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/cli/contentFiles.ts';
import { readPresets } from '../../src/content/read.ts';
import { readSaved, STORAGE_KEY, writeSaved } from '../../src/state/saved.ts';
import {
  type KeyValueStore,
  openSaved,
  SET_ASIDE_KEY,
  writeSavedList,
} from '../../src/state/savedStore.ts';

const presets = readPresets(readContentDir()).presets;

/** A store like localStorage; `room` characters in all, past which a write throws as a full one does. */
function memoryStore(items: Record<string, string> = {}, room = Number.POSITIVE_INFINITY) {
  const map = new Map(Object.entries(items));
  const store: KeyValueStore & { map: Map<string, string> } = {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      const used = [...map].reduce((n, [k, v]) => (k === key ? n : n + v.length), 0);
      if (used + value.length > room) {
        const e = new Error('The quota has been exceeded.');
        e.name = 'QuotaExceededError';
        throw e;
      }
      map.set(key, value);
    },
  };
  return store;
}

const unreadable = {
  'not JSON': '{oops',
  'a wrong shape': '{"version": 1, "list": []}',
  'a newer version': JSON.stringify({ version: 2, networks: [{ id: 'from-a-newer-build' }] }),
  'an array': '[1, 2, 3]',
};

describe("the browser's store of saved networks", () => {
  for (const [what, text] of Object.entries(unreadable)) {
    it(`${what}: the text is kept aside, said so, and survives a save`, () => {
      const store = memoryStore({ [STORAGE_KEY]: text });
      const opened = openSaved(store);
      expect(opened.errors).toHaveLength(1);
      const [error] = opened.errors as { en: string; zh: string }[];
      expect(error.en).toMatch(/^saved networks: /);
      expect(error.en).not.toMatch(/left as it is/);
      expect(error.zh).toMatch(/^已保存的网络：/);
      expect(opened.setAside).toEqual({ key: SET_ASIDE_KEY, text });
      expect(store.getItem(SET_ASIDE_KEY)).toBe(text);
      expect(writeSavedList(store, presets.slice(0, 1), opened.writable)).toBeNull();
      expect(readSaved(store.getItem(STORAGE_KEY)).presets).toHaveLength(1);
      expect(store.getItem(SET_ASIDE_KEY)).toBe(text);
    });
  }

  it('a bad entry in a readable list is kept aside with the list before the list is written', () => {
    const stored = JSON.parse(writeSaved(presets.slice(0, 1)));
    stored.networks.push({ id: 'broken', layers: [2] });
    const text = JSON.stringify(stored);
    const store = memoryStore({ [STORAGE_KEY]: text });
    const opened = openSaved(store);
    expect(opened.presets).toHaveLength(1);
    writeSavedList(store, opened.presets, opened.writable);
    expect(JSON.parse(store.getItem(SET_ASIDE_KEY) as string).networks[1]).toEqual({
      id: 'broken',
      layers: [2],
    });
  });

  it('opening the same unreadable store twice keeps one copy; another text gets a key of its own', () => {
    const store = memoryStore({ [STORAGE_KEY]: '{oops' });
    openSaved(store);
    expect(openSaved(store).setAside?.key).toBe(SET_ASIDE_KEY);
    store.setItem(STORAGE_KEY, '[]');
    expect(openSaved(store).setAside?.key).toBe(`${SET_ASIDE_KEY}-2`);
    expect(store.getItem(SET_ASIDE_KEY)).toBe('{oops');
  });

  it('when the text cannot be kept aside, the list is never written over it', () => {
    const store = memoryStore({ [STORAGE_KEY]: '{oops' }, 5);
    const opened = openSaved(store);
    expect(opened.setAside).toBeNull();
    expect(opened.writable).toBe(false);
    expect(writeSavedList(store, presets.slice(0, 1), opened.writable)?.en).toMatch(
      /not written to this browser/,
    );
    expect(store.getItem(STORAGE_KEY)).toBe('{oops');
  });

  it('a full store on save says so in both languages and leaves what it held', () => {
    const before = writeSaved(presets.slice(0, 1));
    const store = memoryStore({ [STORAGE_KEY]: before }, before.length + 10);
    const problem = writeSavedList(store, presets.slice(0, 3), true);
    expect(problem?.en).toMatch(/storage for this site is full.*not stored.*as it was/);
    expect(problem?.zh).toMatch(/存储空间已满/);
    expect(store.getItem(STORAGE_KEY)).toBe(before);
  });

  it('two entries with one id are both listed, the second under a name of its own, with a notice', () => {
    const one = presets[0];
    const read = readSaved(writeSaved([one, one]));
    expect(read.presets.map((p) => p.spec.id)).toEqual([one.spec.id, `${one.spec.id}-2`]);
    expect(read.errors).toEqual([
      {
        en: `saved networks: saved[1] has the id "${one.spec.id}" of saved[0]; it is listed as "${one.spec.id}-2"`,
        zh: `已保存的网络：saved[1] 与 saved[0] 的 id 同为 “${one.spec.id}”；它以 “${one.spec.id}-2” 列出`,
      },
    ]);
  });
});
