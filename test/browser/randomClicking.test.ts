/**
 * Random clicking (DESIGN.md, Robustness: "no uncaught error under random clicking"): seeded
 * runs of keys, clicks, choices and odd numbers typed, as a curious or careless reader would.
 * After every action the page must have thrown nothing and logged no error, and must still show
 * what ui-contract.md promises: one status naming the step, the Network graph, and the Equations
 * (or the builder in their place). At the end, the URL opens the same step in a fresh browser
 * with nothing ignored. A failure names the seed and the last actions, to replay them. The seed
 * fixes the choices, not what is on screen when they are made (animations, lazy code), so a run
 * is a net, not a proof: what it has caught (two statuses while self-checking; a saved copy's
 * link opening another storyline) has a test of its own.
 */

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { fileBrowser, openPage, settledUrl, statusText } from './chromium.ts';

const base = inject('baseUrl');
const browser = fileBrowser();

/** A small seeded generator (mulberry32): the same seed, the same choices. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] };
}

const KEYS = [
  'ArrowRight',
  'ArrowLeft',
  'PageDown',
  'PageUp',
  'Home',
  'End',
  'f',
  'r',
  'Escape',
  ' ',
  'Tab',
  'Shift+Tab',
  'Enter',
  'ArrowUp',
  'ArrowDown',
];
/** What a careless hand types into a number's field. */
const TYPED = [
  '0.5',
  '-3',
  '1e309',
  'abc',
  '',
  '-',
  '1e-320',
  '12345678901234567890',
  'NaN',
  '2.5e2',
];
const CLICKABLE =
  'button:visible, summary:visible, input[type="checkbox"]:visible, [data-param]:visible, [data-node]:visible';
const TYPABLE =
  'input:visible:not([type="checkbox"]):not([type="file"]):not([type="range"]), textarea:visible';

/** One action; returns what it did, for the failure message. */
async function act(page: Page, r: ReturnType<typeof generator>): Promise<string> {
  const kind = r.next();
  if (kind < 0.3) {
    const key = r.pick(KEYS);
    await page.keyboard.press(key);
    return `key ${key}`;
  }
  if (kind < 0.6) {
    const items = await page.$$(CLICKABLE);
    if (items.length === 0) return 'nothing to click';
    const item = r.pick(items);
    const name = await item.evaluate(
      (e) =>
        `${e.tagName.toLowerCase()} ${e.getAttribute('data-param') ?? e.getAttribute('data-node') ?? ''} ${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 30)}`,
    );
    // A file chooser would wait for a file nobody picks.
    if (/Import YAML|导入 YAML/.test(name)) return `skip ${name}`;
    await item.click({ timeout: 1000 }).catch(() => undefined);
    return `click ${name}`;
  }
  if (kind < 0.75) {
    const selects = await page.$$('select:visible');
    if (selects.length === 0) return 'nothing to choose';
    const select = r.pick(selects);
    const values = await select.evaluate((e) =>
      [...(e as HTMLSelectElement).options].map((o) => o.value),
    );
    const value = r.pick(values);
    await select.selectOption(value, { timeout: 1000 }).catch(() => undefined);
    return `choose ${value}`;
  }
  if (kind < 0.9) {
    const fields = await page.$$(TYPABLE);
    if (fields.length === 0) return 'nothing to type in';
    const field = r.pick(fields);
    const text = r.pick(TYPED);
    const key = r.pick(['Enter', 'Tab', 'Escape']);
    await field.fill(text, { timeout: 1000 }).catch(() => undefined);
    await page.keyboard.press(key);
    return `type ${JSON.stringify(text)} then ${key}`;
  }
  const { width, height } = page.viewportSize() ?? { width: 1366, height: 768 };
  const x = Math.floor(r.next() * width);
  const y = Math.floor(r.next() * height);
  await page.mouse.click(x, y);
  return `click at ${x},${y}`;
}

/** What the contract promises is on the page, whatever was clicked. */
async function contractParts(page: Page): Promise<string[]> {
  const wrong: string[] = [];
  const count = (role: 'status' | 'region', name?: string) =>
    page.getByRole(role, name ? { name, exact: true } : {}).count();
  const status = await count('status');
  if (status !== 1) wrong.push(`${status} statuses`);
  // The names are the page's language's (a click may have changed it).
  const zh = (await page.evaluate(() => document.documentElement.lang)) === 'zh';
  const graph = await count('region', zh ? '网络图' : 'Network graph');
  if (graph !== 1) wrong.push(`${graph} Network graph regions`);
  // The builder takes the Equations' place once its code has loaded.
  const equations = await count('region', zh ? '公式' : 'Equations');
  const builder = page.locator('section.builder');
  if (equations === 0) await builder.waitFor({ timeout: 3000 }).catch(() => undefined);
  if (equations + (await builder.count()) !== 1) wrong.push(`${equations} Equations regions`);
  return wrong;
}

const RUNS = [
  { seed: 1, net: 'visual-derivation', lang: 'en' },
  { seed: 2, net: 'jacobian-xor', lang: 'zh' },
  { seed: 3, net: 'ng-theta', lang: 'en' },
  { seed: 4, net: 'differential-proof', lang: 'zh' },
  { seed: 5, net: 'scalar-to-matrix', lang: 'en' },
];
const ACTIONS = 80;
// (80 actions take 10–20 s on two idle cores; the browser tests share them.)

describe('random clicking', () => {
  for (const { seed, net, lang } of RUNS) {
    it(`throws nothing and keeps the contract's parts (seed ${seed}, ${net}, ${lang})`, async () => {
      const r = generator(seed);
      const { page, errors, close } = await openPage(browser(), `${base}?net=${net}&lang=${lang}`);
      page.on('dialog', (d) => void d.dismiss());
      const done: string[] = [];
      for (let i = 0; i < ACTIONS; i++) {
        done.push(await act(page, r));
        await page.waitForTimeout(Math.floor(r.next() * 60));
        const wrong = await contractParts(page);
        const trail = `seed ${seed}, after: ${done.slice(-6).join(' | ')}`;
        expect(errors, trail).toEqual([]);
        expect(wrong, trail).toEqual([]);
      }
      // Stopped, so the view holds still, then the URL once it has caught up with the view.
      await page
        .getByRole('button', { name: /^(Pause|暂停)$/ })
        .click({ timeout: 1000 })
        .catch(() => undefined);
      const href = await settledUrl(page);
      const status = await statusText(page);
      await close();
      const fresh = await openPage(browser(), href);
      expect(await fresh.page.getByRole('status').textContent(), href).toBe(status);
      expect(await fresh.page.locator('.notices').count(), href).toBe(0);
      expect(fresh.errors).toEqual([]);
      await fresh.close();
    }, 120_000);
  }
});
