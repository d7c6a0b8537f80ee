/**
 * The built page carries a Content-Security-Policy: scripts only from its own files (none
 * inline), no plugins, no <base> elsewhere, nothing from a CDN; and the page works under it.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readContentDir } from '../../src/cli/contentFiles.ts';
import { readPresets } from '../../src/content/read.ts';
import { fileBrowser, rowsDrawn, statusText } from './chromium.ts';

const base = inject('baseUrl');
const browser = fileBrowser();
const html = readFileSync(join(process.cwd(), '.test-results', 'dist', 'index.html'), 'utf8');
const presets = readPresets(readContentDir()).presets;

/** The policy of the page's <meta http-equiv>, directive by directive. */
function policy(): Map<string, string[]> {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  const directives = (meta?.[1] ?? '').split(';').map((d) => d.trim().split(/\s+/));
  return new Map(directives.filter((d) => d[0]).map(([name, ...values]) => [name, values]));
}

describe('the Content-Security-Policy', () => {
  it('is in the built index.html, ahead of every script and stylesheet, with the directives asked for', () => {
    const p = policy();
    expect(p.get('default-src')).toEqual(["'self'"]);
    expect(p.get('script-src')).toEqual(["'self'"]);
    expect(p.get('object-src')).toEqual(["'none'"]);
    expect(p.get('base-uri')).toEqual(["'self'"]);
    expect(p.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(p.get('style-src-elem')).toEqual(["'self'"]);
    expect(p.get('font-src')).toEqual(["'self'", 'data:']);
    expect(p.get('img-src')).toEqual(["'self'", 'data:']);
    // No host, no scheme that loads code, nothing that evaluates strings.
    expect(
      [...p.values()].flat().filter((v) => !/^('self'|'none'|'unsafe-inline'|data:)$/.test(v)),
    ).toEqual([]);
    const at = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(html.search(/<script|<link rel="(stylesheet|modulepreload)"/));
    // Every script is a file of the site's own.
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s).toMatch(/ src="\.\/assets\/[^"]+\.js"/);
    expect(html).not.toMatch(/<script\b[^>]*>[^<]+<\/script>/);
  });

  it('nothing is refused while every preset is opened and stepped through, in Chinese too, fonts included', async () => {
    const context = await browser().newContext({ viewport: { width: 1366, height: 768 } });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
      );
    });
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) refused.push(m.text());
    });
    page.on('pageerror', (e) => refused.push(e.message));
    for (const [i, preset] of presets.entries()) {
      const lang = i % 2 === 1 ? 'zh' : 'en';
      await page.goto(`${base}?net=${preset.spec.id}&lang=${lang}`);
      await page.locator('[data-node="E"]').waitFor();
      const first = await statusText(page);
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      for (let step = 0; step < 30; step++) await page.keyboard.press('ArrowRight');
      await rowsDrawn(page);
      expect(await statusText(page)).not.toBe(first);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
      if (lang === 'zh')
        expect(
          await page.evaluate(() =>
            [...document.fonts].some(
              (f) => f.family.includes('Noto Sans SC') && f.status === 'loaded',
            ),
          ),
        ).toBe(true);
    }
    // The builder and the training figure load lazily, under the same policy.
    await page.getByRole('button', { name: 'Build…' }).click();
    await page.getByRole('button', { name: 'Create' }).waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
    ).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });
});
