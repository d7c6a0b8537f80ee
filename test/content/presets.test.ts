import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, readContentDir } from '../../src/cli/contentFiles.ts';
import { readPresets } from '../../src/content/read.ts';

const spec = (id: string) => `id: ${id}
layers: [1, 1]
activations: [sigmoid]
loss: half_sse
weights: [[[0.5]]]
samples: [{x: [1], y: [0]}]
`;

describe('readPresets', () => {
  it('keeps every good preset when one file is broken', () => {
    const set = readPresets([
      { path: 'content/networks/a.yaml', text: spec('a') },
      { path: 'content/networks/b.yaml', text: 'layers: [1\n' },
      { path: 'content/networks/c.yaml', text: spec('c') },
    ]);
    expect(set.presets.map((p) => p.spec.id)).toEqual(['a', 'c']);
    expect(set.errors).toHaveLength(1);
    expect(set.errors[0]).toMatch(/^content\/networks\/b\.yaml: not valid YAML: /);
  });

  it('refuses a duplicate id, naming the file that took it first', () => {
    const set = readPresets([
      { path: 'content/networks/b.yaml', text: spec('same') },
      { path: 'content/networks/a.yaml', text: spec('same') },
    ]);
    expect(set.presets.map((p) => p.file)).toEqual(['content/networks/a.yaml']);
    expect(set.errors).toEqual([
      'content/networks/b.yaml: id: "same" is already used by content/networks/a.yaml',
    ]);
  });

  it('reads titles given as text or per language', () => {
    const set = readPresets([
      { path: 'a.yaml', text: `${spec('a')}title: One\n` },
      { path: 'b.yaml', text: `${spec('b')}title: {en: Two, zh: 二}\n` },
      { path: 'c.yaml', text: `${spec('c')}title: [no]\n` },
    ]);
    expect(set.presets.map((p) => p.title)).toEqual([{ en: 'One' }, { en: 'Two', zh: '二' }]);
    expect(set.errors).toEqual([
      'c.yaml: title: expected text or a mapping from language code to text',
    ]);
  });

  it('every preset in content/ is valid and ids are unique', () => {
    const set = readPresets(readContentDir());
    expect(set.errors).toEqual([]);
    expect(set.presets.length).toBeGreaterThanOrEqual(1);
    expect(set.presets.map((p) => p.spec.id)).toContain('visual-derivation');
  });

  it('titles and narration write indices as subscripts (wᵢⱼ), not as TeX underscores (w_ij)', () => {
    const found = readContentDir().flatMap(({ path, text }) =>
      text
        .split('\n')
        .filter((line) => /^\s*(- )?(title|source|en|zh):/.test(line) && !line.includes('tex'))
        .flatMap((line) =>
          (line.match(/[A-Za-zΘΣδ]_(ij|ji|j0|i|j|k)\b/g) ?? []).map((m) => `${path}: ${m}`),
        ),
    );
    expect(found).toEqual([]);
  });

  it('the example preset in the README is valid', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const yaml = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const set = readPresets([{ path: 'content/networks/my-network.yaml', text: yaml }]);
    expect(set.errors).toEqual([]);
    expect(set.presets[0].spec.id).toBe('my-network');
  });
});
