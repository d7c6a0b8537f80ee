import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/cli/contentFiles.ts';
import type { Preset } from '../../src/content/presets.ts';
import { readPreset, readPresets } from '../../src/content/read.ts';
import { exportYaml } from '../../src/state/exportYaml.ts';
import { asSaved, readSaved, STORAGE_VERSION, writeSaved } from '../../src/state/saved.ts';
import { decodeNetwork, encodeNetwork } from '../../src/state/shareable.ts';

const presets = readPresets(readContentDir()).presets;

describe('saved networks', () => {
  it('round-trip through the store', () => {
    const back = readSaved(writeSaved(presets.slice(0, 2)));
    expect(back.errors).toEqual([]);
    expect(back.presets.map((p) => p.spec)).toEqual(presets.slice(0, 2).map((p) => p.spec));
    expect(back.presets[0].title).toEqual(presets[0].title);
  });

  it('a network saved is the one the store and a link bring back (an article keeps its storyline)', () => {
    const article = presets.find((p) => p.steps);
    if (!article) throw new Error('no preset has a storyline of its own');
    const saved = asSaved(article);
    expect(saved.steps).toBeUndefined();
    expect(saved.spec).toEqual(article.spec);
    expect(saved.title).toEqual(article.title);
    expect(saved.notation).toEqual(article.notation);
    // (Each names the file it was read from in its messages.)
    const read = (p: Preset | { error: string }) => ({ ...p, file: '' });
    expect(read(readSaved(writeSaved([article])).presets[0])).toEqual(read(saved));
    expect(read(decodeNetwork(encodeNetwork(article)))).toEqual(read(saved));
  });

  it('a corrupt entry is reported with its index and skipped; the others load', () => {
    const stored = JSON.parse(writeSaved(presets.slice(0, 2)));
    stored.networks.splice(1, 0, { id: 'broken', layers: [2] });
    const back = readSaved(JSON.stringify(stored));
    expect(back.presets.map((p) => p.spec.id)).toEqual(presets.slice(0, 2).map((p) => p.spec.id));
    expect(back.errors).toHaveLength(1);
    expect(back.errors[0]).toMatch(
      /^saved\[1\]\.json: layers: expected a list of at least 2 unit counts/,
    );
  });

  it('a store that is not JSON, not a list, or another version is reported, never thrown', () => {
    expect(readSaved('{oops').errors[0]).toMatchObject({
      en: expect.stringMatching(/not valid JSON/),
    });
    expect(readSaved('{"version": 1}').errors[0]).toMatchObject({
      en: expect.stringMatching(/expected a list of networks/),
    });
    expect(readSaved(`{"version": ${STORAGE_VERSION + 1}, "networks": []}`).errors[0]).toEqual({
      en: 'saved networks: version 2 is not one this app reads (1)',
      zh: '已保存的网络：版本 2 不是本应用能读取的版本（1）',
    });
    expect(readSaved(null)).toEqual({ presets: [], errors: [], intact: true });
  });

  it('exports YAML in the content format, which reads back to the same network', () => {
    for (const p of presets) {
      const back = readPreset({ path: `${p.spec.id}.yaml`, text: exportYaml(p) });
      expect(back.spec).toEqual(p.spec);
      expect(back.notation).toEqual(p.notation);
    }
  });
});
