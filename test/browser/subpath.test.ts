/**
 * The build served by a plain static host from a sub-path (as GitHub Pages serves a project):
 * every file, lazy chunks and fonts included, loads from under that path.
 */

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './chromium.ts';

const DIST = join(process.cwd(), '.test-results', 'dist');
const PREFIX = '/courses/backprop-atlas/';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

let server: Server;
let browser: Browser;
let origin = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const inside = path.startsWith(PREFIX) ? path.slice(PREFIX.length) || 'index.html' : null;
    const file = normalize(join(DIST, inside ?? '.'));
    if (
      inside === null ||
      !file.startsWith(DIST) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

describe('a build under a sub-path', () => {
  it('loads everything from under the path and works, lazy parts included', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const failed: string[] = [];
    const outside: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith('data:') && !url.startsWith(`${origin}${PREFIX}`)) outside.push(url);
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The page's Content-Security-Policy ('self') holds under a sub-path too.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(`${origin}${PREFIX}?net=jacobian-xor&step=5&lang=zh`);
    await page.locator('[data-node="E"]').waitFor();
    // A figure (loaded on first use) and KaTeX's fonts.
    await page.locator('svg.heatmap').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
    // The builder, loaded when asked for.
    await page.getByRole('button', { name: '搭建…' }).click();
    await page.getByRole('button', { name: '创建' }).waitFor();
    expect(failed).toEqual([]);
    expect(outside).toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
