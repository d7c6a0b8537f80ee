/**
 * Step latency and long tasks in real Chromium: for every preset, press → through every step
 * (trace animations running). Key press to next frame is the browser's own measure (the
 * EventTiming record of each keydown in a performance trace: from the event to the presentation
 * of the frame after it, as Interaction to Next Paint counts it). Key press to the step drawn in
 * full is measured in the page: the first frame in which the equations panel shows the step the
 * status names, then the end of that frame's task. A PerformanceObserver collects long tasks
 * (> 50 ms) meanwhile. Last, on a quiet page (a first step, opened afresh), it measures a key
 * press that changes one word (a key the app ignores, with a listener the bench adds): the floor
 * the machine sets under any press; and the same press also writing the address, as the app
 * does on every step (history.replaceState): the floor under any page that keeps its URL in step.
 * Then the walk again with the page's URL writes switched off, for comparison: what keeping the
 * URL in step costs the app's presses on this machine.
 */

import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { longTasksSeen, watchLongTasks } from './longTasks.ts';

export interface Percentiles {
  p50: number;
  p95: number;
  max: number;
}

export interface SteppingResult extends Percentiles {
  presses: number;
  /**
   * The same measure for a key press that only changes one word on a quiet page: what this
   * machine and browser take to show any change at all.
   */
  floor: Percentiles;
  /** The same again, the press also replacing the URL's query as the app does on every step. */
  floorWithUrl: Percentiles;
  /** The first press after opening each preset, and all the presses after it. */
  first: Percentiles;
  later: Percentiles;
  /** Key press to the frame showing the whole new step. */
  full: Percentiles;
  /** The same walk with the page's URL writes switched off: what they cost, for comparison. */
  withoutUrl: Percentiles & { first: Percentiles; later: Percentiles };
  /** The browser measured in, as it names itself. */
  browser: string;
  longTasks: number;
  longestTask: number;
}

/**
 * Installed in the page (as text, so that no build step rewrites it): full-step latencies
 * collect on window.
 */
const PROBE = `
  window.full = [];
  function afterPaint(then) {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = then;
      channel.port2.postMessage(null);
    });
  }
  function drawn() {
    return document.querySelector('[role="status"]')?.getAttribute('data-step') ===
      document.querySelector('.equations-panel')?.getAttribute('data-step');
  }
  window.addEventListener('keydown', (e) => {
    const start = e.timeStamp;
    function untilDrawn() {
      requestAnimationFrame(() => {
        if (drawn()) afterPaint(() => window.full.push(performance.now() - start));
        else untilDrawn();
      });
    }
    untilDrawn();
  }, { capture: true });
`;

/**
 * Installed in the page: q and w (which the app ignores) change one word at the end of the
 * header; w also replaces the URL's query, as the app does on every step.
 */
const ONE_WORD = `
  const word = document.createElement('span');
  word.textContent = '0';
  document.querySelector('header').append(word);
  const query = window.location.search;
  let n = 0;
  window.addEventListener('keydown', (e) => {
    if (e.key === 'q') word.textContent = String(++n);
    if (e.key === 'w') {
      word.textContent = String(++n);
      window.history.replaceState(null, '', query + '&n=' + n);
    }
  });
`;

/** The presses of one walk: their times to the next frame, the first press of each preset apart. */
interface Walk {
  all: number[];
  first: number[];
  later: number[];
  full: number[];
  longTasks: number[];
}

/**
 * → through every step of every preset, 120 ms apart, each preset opened afresh. With `urlWrites`
 * false the page's history.replaceState does nothing: a comparison, to show what keeping the URL
 * in step costs each press on this machine (the app itself always keeps it in step).
 */
async function walk(browser: Browser, baseUrl: string, ids: string[], urlWrites: boolean) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  if (!urlWrites) await page.addInitScript('history.replaceState = function () {};');
  const seen: Walk = { all: [], first: [], later: [], full: [], longTasks: [] };
  for (const id of ids) {
    await page.goto(`${baseUrl}?net=${id}&step=1&lang=en`);
    await page.locator('[data-node="E"]').waitFor();
    await page.evaluate(PROBE);
    await watchLongTasks(page);
    await browser.startTracing(page, { categories: ['devtools.timeline'] });
    const total = Number(
      /of (\d+)/.exec((await page.getByRole('status').textContent()) ?? '')?.[1] ?? 1,
    );
    for (let i = 1; i < total; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        (n) => document.querySelector('[role="status"]')?.textContent?.startsWith(`Step ${n} `),
        i + 1,
      );
      await page.waitForTimeout(120);
    }
    const presses = keydownDurations(await browser.stopTracing());
    seen.all.push(...presses);
    seen.first.push(...presses.slice(0, 1));
    seen.later.push(...presses.slice(1));
    seen.full.push(...(await page.evaluate(() => (window as unknown as { full: number[] }).full)));
    seen.longTasks.push(...(await longTasksSeen(page)));
  }
  return { page, seen };
}

export async function measureStepping(baseUrl: string, ids: string[]): Promise<SteppingResult> {
  const browser = await launchChromium();
  const floor: number[] = [];
  const floorWithUrl: number[] = [];
  try {
    const { page, seen } = await walk(browser, baseUrl, ids, true);
    // Measured on a quiet page: a first step, opened afresh, once its animation is over (the
    // walk's last step may still be tracing for seconds).
    await page.goto(`${baseUrl}?net=${ids[0]}&step=1&lang=en`);
    await page.locator('[data-node="E"]').waitFor();
    await page.waitForTimeout(2000);
    await page.evaluate(ONE_WORD);
    for (const [key, into] of [
      ['q', floor],
      ['w', floorWithUrl],
    ] as const) {
      await browser.startTracing(page, { categories: ['devtools.timeline'] });
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press(key);
        await page.waitForTimeout(120);
      }
      into.push(...keydownDurations(await browser.stopTracing(), key));
    }
    await page.close();
    const { page: quietPage, seen: quiet } = await walk(browser, baseUrl, ids, false);
    await quietPage.close();
    return {
      browser: browser.version(),
      presses: seen.all.length,
      ...percentiles(seen.all),
      floor: percentiles(floor),
      floorWithUrl: percentiles(floorWithUrl),
      first: percentiles(seen.first),
      later: percentiles(seen.later),
      full: percentiles(seen.full),
      withoutUrl: {
        ...percentiles(quiet.all),
        first: percentiles(quiet.first),
        later: percentiles(quiet.later),
      },
      longTasks: seen.longTasks.length,
      longestTask: Math.max(0, ...seen.longTasks),
    };
  } finally {
    await browser.close();
  }
}

export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? Number.NaN };
}

interface TraceEvent {
  name: string;
  ph: string;
  args?: { data?: { type?: string; duration?: number; key?: string } };
}

/**
 * Each keydown's time from the event to the next presented frame, from a Chromium trace;
 * with `key`, only the keydowns of that key where the trace names it.
 */
export function keydownDurations(trace: Buffer, key?: string): number[] {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  return traceEvents
    .filter((e) => e.name === 'EventTiming' && e.ph === 'b' && e.args?.data?.type === 'keydown')
    .filter((e) => key === undefined || e.args?.data?.key === undefined || e.args.data.key === key)
    .map((e) => e.args?.data?.duration ?? Number.NaN);
}
