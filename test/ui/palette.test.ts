/**
 * The colours in app.css: text contrast (WCAG AA on screen, 7:1 in presentation mode), and
 * factor and gradient colours that stay apart for common colour blindness (simulated).
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/cli/contentFiles.ts';
import { contrast, DEFICIENCIES, deltaE, parseHex, type Rgb, simulate } from '../support/color.ts';

const css = readFileSync(join(REPO_ROOT, 'src/ui/app.css'), 'utf8');

/** The custom properties set in the first block whose selector is exactly `selector`. */
function variables(selector: string): Record<string, string> {
  const at = css.search(new RegExp(`(^|\\n)${selector.replace(/\./g, '\\.')} \\{`));
  if (at < 0) throw new Error(`no ${selector} block in app.css`);
  const block = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1], m[2]]),
  );
}

const screen = variables(':root');
const presentation = { ...screen, ...variables('.app.presentation') };
const factors = (vars: Record<string, string>) =>
  Array.from({ length: 7 }, (_, i) => {
    const hex = vars[`factor-${i}`];
    if (!hex) throw new Error(`--factor-${i} is not set`);
    return parseHex(hex);
  });
const views = (c: Rgb) => [c, ...DEFICIENCIES.map((d) => simulate(c, d))];
/** The smallest difference between two colours as seen with normal vision and each deficiency. */
const seenApart = (a: Rgb, b: Rgb) => {
  const va = views(a);
  const vb = views(b);
  return Math.min(...va.map((x, t) => deltaE(x, vb[t])));
};

describe.each([
  ['on screen', screen, 4.5],
  ['in presentation mode', presentation, 7],
] as const)('colours %s', (_, vars, minimum) => {
  it(`text colours reach ${minimum}:1 where they are used`, () => {
    const low: string[] = [];
    const check = (name: string, background: string) => {
      const ratio = contrast(parseHex(vars[name]), parseHex(vars[background]));
      if (ratio < minimum) low.push(`--${name} on --${background}: ${ratio.toFixed(2)}`);
    };
    // Words appear on the paper and on panels; factors and Δ labels only on the paper.
    for (const name of ['ink', 'muted', 'accent', 'error'])
      for (const bg of ['paper', 'panel']) check(name, bg);
    for (const name of [
      'grad-pos',
      'grad-neg',
      ...Array.from({ length: 7 }, (_, i) => `factor-${i}`),
    ])
      check(name, 'paper');
    expect(low).toEqual([]);
  });

  it('any two factor colours differ by ΔE₀₀ ≥ 7 for normal vision and each simulated deficiency', () => {
    const colours = factors(vars);
    const close: string[] = [];
    for (let i = 0; i < 7; i++)
      for (let j = i + 1; j < 7; j++) {
        const d = seenApart(colours[i], colours[j]);
        if (d < 7) close.push(`factor-${i} / factor-${j}: ${d.toFixed(1)}`);
      }
    expect(close).toEqual([]);
  });

  it('neighbours in a chain (slots k and k + 1, cycling) differ by ΔE₀₀ ≥ 12', () => {
    const colours = factors(vars);
    const close = colours
      .map((c, k) => [k, seenApart(c, colours[(k + 1) % 7])] as const)
      .filter(([, d]) => d < 12)
      .map(([k, d]) => `factor-${k} / factor-${(k + 1) % 7}: ${d.toFixed(1)}`);
    expect(close).toEqual([]);
  });

  it('positive and negative gradients stay far apart (ΔE₀₀ ≥ 25)', () => {
    expect(
      seenApart(parseHex(vars['grad-pos']), parseHex(vars['grad-neg'])),
    ).toBeGreaterThanOrEqual(25);
  });
});

describe('the colour arithmetic', () => {
  it('matches known values', () => {
    expect(contrast(parseHex('#000000'), parseHex('#ffffff'))).toBeCloseTo(21, 5);
    expect(contrast(parseHex('#767676'), parseHex('#ffffff'))).toBeCloseTo(4.54, 2);
    // Sharma, Wu and Dalal's CIEDE2000 test pair 1 is in Lab; this pair is its sRGB neighbour:
    // identical colours differ by 0, and black and white by 100.
    expect(deltaE(parseHex('#336699'), parseHex('#336699'))).toBe(0);
    expect(deltaE(parseHex('#000000'), parseHex('#ffffff'))).toBeCloseTo(100, 0);
    // Red and green, far apart to most eyes, nearly meet for a deuteranope.
    const red = parseHex('#d62728');
    const green = parseHex('#2ca02c');
    expect(deltaE(red, green)).toBeGreaterThan(50);
    expect(deltaE(simulate(red, 'deuteranopia'), simulate(green, 'deuteranopia'))).toBeLessThan(
      deltaE(red, green) / 2,
    );
  });
});
