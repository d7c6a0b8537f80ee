/**
 * What a visitor downloads, measured on a build. Initial: the files index.html loads before the
 * app can paint (its script, module preloads and style sheets), gzipped. Then, in Chromium: every
 * request the page makes from opening until the network is idle, and any not to the page's own
 * origin (there must be none).
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.ts';

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export function sizeOf(dist: string, file: string): FileSize {
  const data = readFileSync(join(dist, file));
  return { file, bytes: data.length, gzip: gzipSync(data).length };
}

/** The JS and CSS files index.html names, by their paths inside `dist`. */
export function initialFiles(dist: string): FileSize[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return [...new Set(named)].map((file) => sizeOf(dist, file));
}

export interface LoadResult {
  /** JS and CSS fetched until the network went idle, including what loads after the first paint. */
  scripts: FileSize[];
  /** Other files (fonts). */
  otherBytes: number;
  thirdParty: string[];
}

export async function measureLoad(baseUrl: string, dist: string): Promise<LoadResult> {
  const browser = await launchChromium();
  const origin = new URL(baseUrl).origin;
  const seen: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on('request', (r) => {
      if (!r.url().startsWith('data:')) seen.push(r.url());
    });
    await page.goto(`${baseUrl}?lang=en`, { waitUntil: 'networkidle' });
  } finally {
    await browser.close();
  }
  const own = seen.filter((u) => new URL(u).origin === origin);
  const files = own.map((u) => new URL(u).pathname.replace(new URL(baseUrl).pathname, ''));
  const scripts = files.filter((f) => /\.(js|css)$/.test(f)).map((f) => sizeOf(dist, f));
  const other = files.filter((f) => /\.(woff2?|ttf)$/.test(f));
  return {
    scripts,
    otherBytes: other.reduce((s, f) => s + sizeOf(dist, f).bytes, 0),
    thirdParty: seen.filter((u) => new URL(u).origin !== origin),
  };
}
