/** Helpers for driving the page in Chromium as a person would. */

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../src/bench/chromium.ts';

export { launchChromium as launch };

/** One Chromium for a test file: launched before its tests, closed after them. */
export function fileBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running (used outside a test?)');
    return browser;
  };
}

/** A new page that records uncaught errors and console errors. */
export async function openPage(
  browser: Browser,
  url: string,
  options: { reducedMotion?: boolean; width?: number; height?: number } = {},
) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1366, height: options.height ?? 768 },
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  await page.locator('[data-node="E"]').waitFor();
  return { page, errors, close: () => context.close() };
}

/**
 * The page's URL once it has caught up with the view: ui-contract.md lets it follow within
 * 250 ms of the last change, so a test that copies the link waits for it to stop changing.
 */
export async function settledUrl(page: Page): Promise<string> {
  let seen = page.url();
  for (;;) {
    await page.waitForTimeout(300);
    const now = page.url();
    if (now === seen) return now;
    seen = now;
  }
}

export async function statusText(page: Page): Promise<string> {
  return (await page.getByRole('status').textContent()) ?? '';
}

/** The screen position of a point a fraction t along an edge of the graph, as a person aims. */
export async function pointOnEdge(
  page: Page,
  selector: string,
  t = 0.2,
): Promise<{ x: number; y: number }> {
  return page.$eval(
    `${selector} .edge-hit`,
    (path, at) => {
      const p = path as SVGPathElement;
      const local = p.getPointAtLength(p.getTotalLength() * at);
      const m = p.getScreenCTM();
      if (!m) throw new Error('edge is not rendered');
      return { x: local.x * m.a + local.y * m.c + m.e, y: local.x * m.b + local.y * m.d + m.f };
    },
    t,
  );
}

export async function clickEdge(page: Page, param: string, t = 0.2): Promise<void> {
  const { x, y } = await pointOnEdge(page, `[data-param="${param}"]`, t);
  await page.mouse.click(x, y);
}

/**
 * Waits until every equation row of the shown body has been drawn: rows that change or appear
 * come a few per frame, and their grid is aria-busy meanwhile.
 */
export async function rowsDrawn(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('.equations-panel .equation-grid[aria-busy="true"]').count())
    .toBe(0);
}
