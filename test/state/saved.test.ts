import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/cli/contentFiles.ts';
import { readPreset, readPresets } from '../../src/content/presets.ts';
import { exportYaml, readSaved, STORAGE_VERSION, writeSaved } from '../../src/state/saved.ts';

const presets = readPresets(readContentDir()).presets;

describe('saved networks', () => {
  it('round-trip through the store', () => {
    const text = writeSaved(presets.slice(0, 2));
    const back = readSaved(text);
    expect(back.errors).toHaveLength(1);
    expect(back.errors[0]).toMatch(
      /^saved\[1\]\.json: layers: expected a list of at least 2 unit counts/,
    );
  });

  it('a store that is not JSON, not a list, or another version is reported, never thrown', () => {
    expect(readSaved('{oops').errors[0]).toMatch(/not valid JSON/);
    expect(readSaved('{"version": 1}').errors[0]).toMatch(/expected a list of networks/);
    expect(readSaved(`{"version": ${STORAGE_VERSION + 1}, "networks": []}`).errors[0]).toMatch(
      /version 2 is not one this app reads/,
    );
    expect(readSaved(null)).toEqual({ presets: [], errors: [] });
  });

  it('exports YAML in the content format, which reads back to the same network', () => {
    for (const p of presets) {
      const yaml = exportYaml(p);
      const back = readPreset({ path: `${p.spec.id}.yaml`, text: yaml });
      expect(back.spec).toEqual(p.spec);
      expect(back.notation).toEqual(p.notation);
    }
  });
});
