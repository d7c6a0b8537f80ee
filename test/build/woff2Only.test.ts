import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { keepWoff2 } from '../../src/build/woff2Only.ts';

const katexCss = readFileSync(
  createRequire(import.meta.url).resolve('katex/dist/katex.min.css'),
  'utf8',
);
const faces = (css: string) => css.match(/@font-face\{[^}]*\}/g) ?? [];

describe("KaTeX's stylesheet as the page ships it", () => {
  it('names each face once, by its WOFF2 file only', () => {
    const before = faces(katexCss);
    expect(before.length).toBeGreaterThanOrEqual(20);
    expect(before.every((f) => /\.ttf\)/.test(f))).toBe(true);
    const after = faces(keepWoff2(katexCss));
    expect(after).toHaveLength(before.length);
    for (const face of after) {
      expect(face.match(/url\(/g)).toHaveLength(1);
      expect(face).toMatch(/src:url\([^)]+\.woff2\) ?format\("woff2"\)\}$/);
    }
  });

  it('leaves everything else as it was', () => {
    const rest = (css: string) => css.replace(/@font-face\{[^}]*\}/g, '');
    expect(rest(keepWoff2(katexCss))).toBe(rest(katexCss));
  });
});
