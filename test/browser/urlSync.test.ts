/**
 * ui-contract.md's URL timing: the view changes at once, the address bar follows within 250 ms
 * of the last change (at once when the page is hidden or closed), and writes are coalesced.
 */

import { describe, expect, inject, it } from 'vitest';
import { fileBrowser, openPage, statusText } from './chromium.ts';

const base = inject('baseUrl');
const browser = fileBrowser();

/** Page script: counts the page's history.replaceState calls in `window.urlWrites`. */
const COUNT_WRITES = `
  window.urlWrites = 0;
  const replace = history.replaceState.bind(history);
  history.replaceState = (...args) => { window.urlWrites++; return replace(...args); };
`;

const stepOf = (url: string) => new URL(url).searchParams.get('step');

describe('the URL', () => {
  it('follows five quick key presses with a few writes, while the status is current at once', async () => {
    const { page, errors, close } = await openPage(browser(), `${base}?net=visual-derivation`, {
      reducedMotion: true,
    });
    await page.addInitScript(COUNT_WRITES);
    await page.reload();
    await page.locator('[data-node="E"]').waitFor();
    const opened = await page.evaluate(
      () => (window as unknown as { urlWrites: number }).urlWrites,
    );
    // Five presses in one task: no timer can run between them.
    const search = await page.evaluate(() => {
      for (let i = 0; i < 5; i++) {
        document.body.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }),
        );
      }
      return window.location.search;
    });
    // The address bar has not moved yet; the view has, by the next frame.
    expect(new URLSearchParams(search).get('step')).toBe('1');
    expect(await statusText(page)).toMatch(/^Step 6 of /);
    await expect.poll(() => stepOf(page.url()), { timeout: 2000 }).toBe('6');
    const writes = await page.evaluate(
      () => (window as unknown as { urlWrites: number }).urlWrites,
    );
    expect(writes - opened).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('is written at once when the page is hidden', async () => {
    const { page, errors, close } = await openPage(browser(), `${base}?net=visual-derivation`, {
      reducedMotion: true,
    });
    const search = await page.evaluate(() => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
      const before = window.location.search;
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      return { before, after: window.location.search };
    });
    expect(new URLSearchParams(search.before).get('step')).toBe('1');
    const last = await statusText(page);
    const n = /^Step (\d+) of \1: /.exec(last)?.[1];
    expect(n).toBeDefined();
    expect(new URLSearchParams(search.after).get('step')).toBe(n);
    expect(errors).toEqual([]);
    await close();
  });

  it('is written at once when the page is left', async () => {
    const { page, errors, close } = await openPage(browser(), `${base}?net=visual-derivation`, {
      reducedMotion: true,
    });
    const search = await page.evaluate(() => {
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }),
      );
      window.dispatchEvent(new Event('pagehide'));
      return window.location.search;
    });
    expect(new URLSearchParams(search).get('step')).toBe('2');
    expect(errors).toEqual([]);
    await close();
  });
});
