/**
 * A network of one's own in a link: made compressed in the fragment (`#def=`, never sent to the
 * server), opened from it on the view the query names; older `?def=` links still open.
 */

import { deflateRawSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { fileBrowser, openPage, statusText } from './chromium.ts';
import { defLink } from './links.ts';

const base = inject('baseUrl');
const browser = fileBrowser();

/**
 * A sigmoid network with the given layer sizes, seeded weights and `samples` samples, every number
 * with 17 significant digits: many samples make a long link without a graph that is slow to draw.
 */
function bigNetwork(layers: number[], id = 'my-network', samples = 1): Record<string, unknown> {
  let seed = 1;
  const next = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647 - 0.5;
  };
  return {
    id,
    layers,
    activations: layers.slice(1).map(() => 'sigmoid'),
    loss: 'half_sse',
    weights: layers
      .slice(1)
      .map((n, l) => Array.from({ length: n }, () => Array.from({ length: layers[l] }, next))),
    samples: Array.from({ length: samples }, () => ({
      x: Array.from({ length: layers[0] }, next),
      y: Array.from({ length: layers.at(-1) ?? 1 }, next),
    })),
  };
}

/** A fragment link, written independently of the app's encoder: deflate-raw, base64url. */
function fragmentLink(content: Record<string, unknown>, query: string): string {
  const def = deflateRawSync(Buffer.from(JSON.stringify(content), 'utf8')).toString('base64url');
  return `${base}?net=${String(content.id)}${query}#def=${def}`;
}

/**
 * As large as the page takes from a link (the builder's bounds: 8 layers after the input, 12
 * units, 16 samples), with 17-digit numbers: ~40 KB as an older ?def= link, ~18 KB compressed.
 */
const LARGEST = [12, 12, 12, 12, 12, 12, 12, 12, 12];

const networkName = async (page: Parameters<typeof statusText>[0]) =>
  page.getByRole('combobox', { name: 'Network', exact: true }).inputValue();

describe('a network in a link', () => {
  it('a network too big for a ?def= link (HTTP 431) opens from its #def= link on the step it names', async () => {
    const content = bigNetwork(LARGEST, 'my-network', 16);
    // The older link form: the server refuses a query this long.
    expect((await fetch(defLink(base, content, '&step=3&lang=en'))).status).toBe(431);
    const { page, errors, close } = await openPage(
      browser(),
      fragmentLink(content, '&step=3&lang=en'),
    );
    expect(await networkName(page)).toBe('my-network');
    expect(await statusText(page)).toMatch(/^Step 3 of/);
    expect(page.url()).toContain('#def=');
    expect(new URL(page.url()).searchParams.get('step')).toBe('3');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('an older link with ?def= in the query opens on its step, and its URL moves def to the fragment', async () => {
    const content = bigNetwork([2, 3, 2], 'old-link');
    const { page, errors, close } = await openPage(
      browser(),
      defLink(base, content, '&step=4&lang=en'),
    );
    expect(await networkName(page)).toBe('old-link');
    expect(await statusText(page)).toMatch(/^Step 4 of/);
    await page.waitForURL(/#def=/);
    const url = new URL(page.url());
    expect(url.searchParams.get('def')).toBeNull();
    expect(url.searchParams.get('step')).toBe('4');
    // The link the page now shows opens the same network on the same step.
    const again = await openPage(browser(), page.url());
    expect(await networkName(again.page)).toBe('old-link');
    expect(await statusText(again.page)).toMatch(/^Step 4 of/);
    await again.close();
    expect(errors).toEqual([]);
    await close();
  });

  it('a network too big to share says so when its link is made (here, by importing it)', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&lang=en`,
      {
        reducedMotion: true,
      },
    );
    const alert = page.getByRole('alert').filter({ hasText: 'too long to share' });
    await page.locator('input[type="file"]').setInputFiles({
      name: 'small.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bigNetwork([2, 3, 2], 'small-net'))),
    });
    await page.waitForURL(/net=small-net.*#def=/);
    expect(await alert.count()).toBe(0);
    await page.locator('input[type="file"]').setInputFiles({
      name: 'big.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bigNetwork(LARGEST, 'big-net', 16))),
    });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/link is \d+\.\d KB even compressed/);
    // The link still carries the network, in the fragment, and opens it.
    await page.waitForURL(/net=big-net.*#def=/);
    const again = await openPage(browser(), page.url());
    expect(await networkName(again.page)).toBe('big-net');
    await again.close();
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    expect(await alert.count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});
