/**
 * The steps on either side of the current one are drawn ahead, out of sight, so that a key
 * press only swaps which body is shown: the body shown after a press is the one drawn ahead,
 * it shows exactly what opening that step directly shows, and the bodies ahead stay out of
 * sight, out of the accessibility tree and out of the pointer's and keyboard's way.
 */

import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readContentDir } from '../../src/cli/contentFiles.ts';
import { readPresets } from '../../src/content/read.ts';
import { deriveNetwork } from '../../src/state/derived.ts';
import { clickEdge, fileBrowser, openPage, rowsDrawn, settledUrl, statusText } from './chromium.ts';

const base = inject('baseUrl');
const presets = readPresets(readContentDir()).presets;
const browser = fileBrowser();

const stepsOf = (id: string) => {
  const preset = presets.find((p) => p.spec.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  return deriveNetwork(preset).steps;
};

/**
 * The drawing of a body's contents (the Equations region's, or one drawn ahead), less the
 * "reused" notes: they say which δs an earlier trace in this visit computed, so a page opened
 * fresh rightly has none.
 */
const drawing = async (body: Locator) =>
  (await body.evaluate((e) => e.innerHTML)).replaceAll(/<span class="badge">[^<]*<\/span>/g, '');
const shownBody = (page: Page) =>
  drawing(page.getByRole('region', { name: 'Equations', exact: true }));

/** The shown body of a page just opened, once its rows are all drawn (a few come per frame). */
async function openedBody(page: Page) {
  await page.waitForFunction(
    () => !document.querySelector('.equations-panel .equation-grid[aria-busy="true"]'),
  );
  return shownBody(page);
}

/** Page script: `window.frameNo` counts animation frames, to tell which frame a change came in. */
const FRAME_COUNTER =
  'window.frameNo = 0; (function tick() { window.frameNo++; requestAnimationFrame(tick); })();';

/** Waits until the body ahead for a step is there and drawn whole, and the shown one takes input. */
async function settled(page: Page, stepId: string) {
  await page.waitForFunction(
    (id) =>
      [...document.querySelectorAll('[data-ahead]')].some(
        (e) =>
          e.getAttribute('data-ahead') === id &&
          // Drawn whole: its rows come a few per frame, and its grids are busy until then.
          !e.querySelector('.equation-grid[aria-busy="true"]'),
      ) && !document.querySelector('.equations-panel')?.hasAttribute('inert'),
    stepId,
  );
}

/**
 * Installed in the page: for each key press, how many changes the press made inside the body it
 * shows (not counting the body's own attributes, which say it is shown).
 */
const CHANGES_AT_PRESS = `
  window.changed = [];
  window.addEventListener('keydown', () => {
    const seen = [];
    const watch = new MutationObserver((records) => seen.push(...records));
    for (const body of document.querySelectorAll('.step-ahead'))
      watch.observe(body, { subtree: true, childList: true, attributes: true, characterData: true });
    setTimeout(() => {
      const shown = document.querySelector('.equations-panel');
      seen.push(...watch.takeRecords());
      const inside = seen.filter((r) => r.target !== shown && shown.contains(r.target));
      watch.disconnect();
      window.changed.push(inside.length);
    }, 0);
  }, { capture: true });
`;

describe('steps drawn ahead', () => {
  it('the next step waits hidden and inert, and a key press shows that very body', async () => {
    const steps = stepsOf('ng-theta');
    const { page, errors, close } = await openPage(browser(), `${base}?net=ng-theta&lang=en`);
    await settled(page, steps[1].id);
    const ahead = page.locator(`[data-ahead="${steps[1].id}"]`);
    expect(await ahead.getAttribute('aria-hidden')).toBe('true');
    expect(await ahead.evaluate((e) => (e as HTMLElement).inert)).toBe(true);
    // Out of sight: beneath the shown body, which is opaque.
    const region = page.getByRole('region', { name: 'Equations', exact: true });
    expect(await region.evaluate((e) => getComputedStyle(e).backgroundColor)).toMatch(/^rgb\(/);
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('.step-body')].map((e) => getComputedStyle(e).zIndex),
      ),
    ).toEqual(['1', 'auto']);
    // Out of the accessibility tree: one Equations region, and only the shown step's heading.
    expect(await page.getByRole('region', { name: 'Equations' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: steps[1].title.en, exact: true }).count()).toBe(
      0,
    );
    // Out of the pointer's way: a click on the shown body lands on the shown body.
    const box = await region.boundingBox();
    if (!box) throw new Error('no Equations region');
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.closest('.step-body')?.className ?? '',
      [box.x + box.width / 2, box.y + 40],
    );
    expect(hit).toContain('equations-panel');

    await page.evaluate((id) => {
      (window as unknown as { ahead: Element | null }).ahead = document.querySelector(
        `[data-ahead="${id}"]`,
      );
    }, steps[1].id);
    // Focus in the shown body follows the step.
    await region.focus();
    await page.keyboard.press('ArrowRight');
    expect(await statusText(page)).toMatch(/^Step 2 of/);
    expect(
      await page.evaluate(
        () =>
          document.querySelector('section[aria-label="Equations"]') ===
          (window as unknown as { ahead: Element | null }).ahead,
      ),
    ).toBe(true);
    expect(await page.getByRole('heading', { name: steps[1].title.en, exact: true }).count()).toBe(
      1,
    );
    expect(await page.getByRole('heading', { name: steps[0].title.en, exact: true }).count()).toBe(
      0,
    );
    await settled(page, steps[2].id);
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''),
    ).toBe('Equations');
    expect(errors).toEqual([]);
    await close();
  });

  it('a body drawn ahead shows what opening its step directly shows, forward and back', async () => {
    const id = 'visual-derivation';
    const steps = stepsOf(id);
    const { page, errors, close } = await openPage(browser(), `${base}?net=${id}&lang=en`, {
      reducedMotion: true,
    });
    const fresh = await openPage(browser(), `${base}?net=${id}&lang=en`, { reducedMotion: true });
    // The step opened from its link (which names the step's trace, if it has one), once its
    // rows are all drawn: a big step's rows come a few per frame.
    const direct = async (step: number) => {
      // The address bar follows the view within 250 ms (ui-contract.md).
      await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(String(step));
      await fresh.page.goto(page.url());
      await fresh.page.locator('[data-node="E"]').waitFor();
      return openedBody(fresh.page);
    };
    for (const [key, from, to] of [
      ['ArrowRight', 1, steps.length],
      ['ArrowLeft', steps.length, 1],
    ] as const) {
      const by = to > from ? 1 : -1;
      for (let i = from + by; by > 0 ? i <= to : i >= to; i += by) {
        await settled(page, steps[i - 1].id);
        await page.keyboard.press(key);
        expect(await statusText(page)).toMatch(new RegExp(`^Step ${i} of`));
        expect(await shownBody(page), `${key} to step ${i}`).toBe(await direct(i));
      }
    }
    expect(errors).toEqual([]);
    expect(fresh.errors).toEqual([]);
    await fresh.close();
    await close();
    // It opens every step twice, once fresh from its link: a long walk on a busy machine.
  }, 150_000);

  // What is drawn ahead must be what the press shows: else the press redraws it after all.
  it.each([
    ...presets.map((p) => [`on ${p.spec.id}, traces animating`, p.spec.id, {}, ''] as const),
    ['on visual-derivation, with reduced motion', 'visual-derivation', { reducedMotion: true }, ''],
    [
      'on visual-derivation, in presentation mode, revealing one number per click',
      'visual-derivation',
      { reducedMotion: true },
      'fr',
    ],
  ] as const)(
    'a key press changes nothing inside the body it shows, %s',
    async (_, id, options, keys) => {
      const steps = stepsOf(id);
      const { page, errors, close } = await openPage(
        browser(),
        `${base}?net=${id}&lang=en`,
        options,
      );
      for (const k of keys) await page.keyboard.press(k);
      await page.evaluate(CHANGES_AT_PRESS);
      const walk: [string, number][] = [
        ...steps.slice(1).map((_, i) => ['ArrowRight', i + 2] as [string, number]),
        ...steps.slice(1).map((_, i) => ['ArrowLeft', steps.length - 1 - i] as [string, number]),
      ];
      for (const [key, i] of walk) {
        // In the reveal style → first shows the step's hidden numbers, one per press.
        for (let presses = 0; presses < 200; presses++) {
          if (new RegExp(`^Step ${i} of`).test(await statusText(page))) break;
          await settled(page, steps[i - 1].id);
          await page.keyboard.press(key);
        }
        expect(await statusText(page)).toMatch(new RegExp(`^Step ${i} of`));
      }
      await page.waitForFunction(
        (n) => (window as unknown as { changed: number[] }).changed.length >= n,
        walk.length,
      );
      const changed = await page.evaluate(
        () => (window as unknown as { changed: number[] }).changed,
      );
      expect(changed.filter((n) => n > 0)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    },
  );

  it('keys pressed faster than the bodies are drawn still show each step whole', async () => {
    const steps = stepsOf('ng-theta');
    const { page, errors, close } = await openPage(browser(), `${base}?net=ng-theta&lang=en`, {
      reducedMotion: true,
    });
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    expect(await statusText(page)).toMatch(/^Step 7 of/);
    const region = page.getByRole('region', { name: 'Equations', exact: true });
    expect(await region.getAttribute('data-step')).toBe(steps[6].id);
    expect(await region.innerText()).toContain(steps[6].narration.en.slice(0, 12));
    expect(errors).toEqual([]);
    await close();
  });

  it('after an edit the bodies ahead are drawn again one at a time, each in a frame of its own', async () => {
    const steps = stepsOf('visual-derivation');
    const { page, errors, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&step=5&lang=en&param=W1[0][0]`,
      { reducedMotion: true },
    );
    await settled(page, steps[5].id);
    await settled(page, steps[3].id);
    // Which frame each body ahead first changed in: a frame counter and a watch on each body.
    await page.evaluate(`
      ${FRAME_COUNTER}
      window.firstChange = {};
      for (const body of document.querySelectorAll('.step-ahead')) {
        const id = body.getAttribute('data-ahead');
        new MutationObserver(() => { window.firstChange[id] ??= window.frameNo; })
          .observe(body, { subtree: true, childList: true, characterData: true });
      }
    `);
    await clickEdge(page, 'W1[0][0]');
    const field = page.getByRole('textbox', { name: 'Value of W1[0][0]' });
    await field.fill('0.37');
    await field.press('Enter');
    await page.waitForFunction(
      () => Object.keys((window as unknown as { firstChange: object }).firstChange).length === 2,
    );
    const first = await page.evaluate(
      () => (window as unknown as { firstChange: Record<string, number> }).firstChange,
    );
    expect(Object.keys(first).sort()).toEqual([steps[3].id, steps[5].id].sort());
    expect(first[steps[3].id]).not.toBe(first[steps[5].id]);
    // Each ends up drawn as opening its step, with the edit, shows it (with the step's own
    // trace, as a key press would show it).
    const fresh = await openPage(browser(), await settledUrl(page), { reducedMotion: true });
    for (const i of [3, 5]) {
      const link = new URL(await settledUrl(page));
      link.searchParams.set('step', String(i + 1));
      const own = steps[i].param;
      if (own) link.searchParams.set('param', own);
      else link.searchParams.delete('param');
      await fresh.page.goto(link.href);
      await fresh.page.locator('[data-node="E"]').waitFor();
      const direct = await openedBody(fresh.page);
      await expect.poll(() => drawing(page.locator(`[data-ahead="${steps[i].id}"]`))).toBe(direct);
    }
    await fresh.close();
    expect(errors).toEqual([]);
    await close();
  });

  it("an edit redraws a large body's rows a few per frame, and ends as its link opens it", async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${base}?net=differential-proof&lang=en&param=W1[0][0]`,
      { reducedMotion: true },
    );
    await page.locator('[data-node="E"]').waitFor();
    await clickEdge(page, 'W1[0][0]');
    const field = page.getByRole('textbox', { name: 'Value of W1[0][0]' });
    // The frames in which the shown body's rows changed.
    await page.evaluate(`
      ${FRAME_COUNTER}
      window.changed = new Set();
      new MutationObserver(() => window.changed.add(window.frameNo)).observe(
        document.querySelector('.equations-panel .equation-grid'),
        { subtree: true, childList: true, characterData: true },
      );
      // Whether a grid said it was busy while its rows were still coming.
      window.busy = false;
      new MutationObserver(() => {
        if (document.querySelector('.equations-panel .equation-grid[aria-busy="true"]')) window.busy = true;
      }).observe(document.querySelector('.equations-panel'), {
        subtree: true,
        attributeFilter: ['aria-busy'],
      });
    `);
    await field.fill('0.37');
    await field.press('Enter');
    const fresh = await openPage(browser(), await settledUrl(page), { reducedMotion: true });
    await fresh.page.locator('[data-node="E"]').waitFor();
    // Opened from the link, the matrix-form sections come a few rows a frame too.
    await rowsDrawn(fresh.page);
    const direct = await openedBody(fresh.page);
    await expect.poll(() => shownBody(page)).toBe(direct);
    const frames = await page.evaluate(
      () => (window as unknown as { changed: Set<number> }).changed.size,
    );
    expect(frames).toBeGreaterThan(1);
    expect(await page.evaluate(() => (window as unknown as { busy: boolean }).busy)).toBe(true);
    expect(await page.locator('.equations-panel [aria-busy]').count()).toBe(0);
    await fresh.close();
    expect(errors).toEqual([]);
    await close();
  });
});
