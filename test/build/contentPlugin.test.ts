import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentPlugin, toLiteral } from '../../src/build/contentPlugin.ts';
import { readContentDir } from '../../src/cli/contentFiles.ts';
import { collectPresets, type ParsedFile } from '../../src/content/presets.ts';
import { parseFile, readPresets } from '../../src/content/read.ts';

/** Evaluates the module text the plugin hands Vite, as the page would import it. */
function evaluate(moduleText: string): ParsedFile[] {
  const body = moduleText.replace(/^export default /, 'return ');
  return new Function(body)() as ParsedFile[];
}

function load(dir: string): string {
  const plugin = contentPlugin(dir);
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const id = resolveId('virtual:atlas-content');
  expect(id).toBeDefined();
  const context = { addWatchFile: () => {} };
  const loadHook = plugin.load as unknown as (this: typeof context, id: string) => string;
  return loadHook.call(context, id as string);
}

describe('toLiteral', () => {
  it('writes back what YAML can hold, NaN, infinities and -0 included', () => {
    const value = {
      a: [1, -0, Number.NaN, Number.POSITIVE_INFINITY, -Infinity],
      b: 'x"y',
      c: null,
      d: true,
    };
    const back = new Function(`return ${toLiteral(value)}`)();
    expect(Object.is(back.a[1], -0)).toBe(true);
    expect(back).toEqual(value);
  });

  it('refuses what it cannot write', () => {
    expect(() => toLiteral(new Date(0))).toThrow(/cannot write back/);
  });
});

describe('contentPlugin', () => {
  it('hands the page the same parsed content the command line reads', () => {
    const files = evaluate(load(join(process.cwd(), 'content')));
    expect(files).toEqual(readContentDir().map(parseFile));
    expect(collectPresets(files)).toEqual(readPresets(readContentDir()));
  });

  it('carries a file that does not parse as its message, and the rest as data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-content-'));
    mkdirSync(join(dir, 'networks'));
    writeFileSync(join(dir, 'networks', 'bad.yaml'), 'layers: [1\n');
    writeFileSync(
      join(dir, 'networks', 'good.yaml'),
      'id: good\nlayers: [1, 1]\nactivations: [sigmoid]\nloss: half_sse\nweights: [[[.nan]]]\nsamples: [{x: [1], y: [0]}]\n',
    );
    const files = evaluate(load(dir));
    expect(files).toHaveLength(2);
    const bad = files.find((f) => f.path.endsWith('bad.yaml'));
    expect(bad && 'error' in bad && bad.error).toMatch(/bad\.yaml: not valid YAML: /);
    const set = collectPresets(files);
    expect(set.presets).toEqual([]);
    expect(set.errors).toHaveLength(2);
    expect(set.errors.join('\n')).toMatch(/good\.yaml: weights\[0\]\[0\]\[0\]: /);
  });
});
