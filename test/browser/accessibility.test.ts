/**
 * WCAG 2.2 AA in real Chromium: axe on every preset, in both languages and in presentation
 * mode; the graph as one tab stop walked with the arrow keys; equations with a text form;
 * each step narrated in the live region; targets of at least 24 × 24 CSS pixels.
 */

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readContentDir } from '../../src/cli/contentFiles.ts';
import { readPresets } from '../../src/content/read.ts';
import { deriveNetwork } from '../../src/state/derived.ts';
import { axeViolations } from './axe.ts';
import { fileBrowser, openPage, statusText } from './chromium.ts';

const base = inject('baseUrl');
const presets = readPresets(readContentDir()).presets;
const browser = fileBrowser();

/** Step numbers (from 1) worth checking: the first, the first trace, the last. */
function stepsToCheck(id: string): number[] {
  const preset = presets.find((p) => p.spec.id === id);
  if (!preset) throw new Error(id);
  const steps = deriveNetwork(preset).steps;
  const traced = steps.findIndex((s) => s.param !== null && s.param !== undefined);
  return [...new Set([1, traced + 1, steps.length].filter((n) => n >= 1))];
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(100);
}

describe('axe finds nothing', () => {
  for (const preset of presets) {
    const id = preset.spec.id;
    it(`on ${id}, in English, Chinese and presentation mode`, async () => {
      const { page, close } = await openPage(browser(), `${base}?net=${id}&lang=en`, {
        reducedMotion: true,
      });
      const found: string[] = [];
      for (const step of stepsToCheck(id))
        for (const lang of ['en', 'zh'] as const) {
          await page.goto(`${base}?net=${id}&step=${step}&lang=${lang}`);
          await page.locator('[data-node="E"]').waitFor();
          await settle(page);
          found.push(...(await axeViolations(page)).map((v) => `${lang} step ${step}: ${v}`));
        }
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.keyboard.press('f');
      await settle(page);
      found.push(...(await axeViolations(page)).map((v) => `presentation: ${v}`));
      // Presentation mode promises 7:1 text contrast (WCAG AAA's enhanced contrast).
      found.push(
        ...(await axeViolations(page, ['color-contrast-enhanced'])).map(
          (v) => `presentation: ${v}`,
        ),
      );
      expect(found).toEqual([]);
      await close();
    });
  }

  it('with the builder, the training panel, the export menu, an editor and a notice open', async () => {
    const { page, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&lang=en&param=nonsense`,
      { reducedMotion: true },
    );
    await page.getByText('Train this network').click();
    await page.getByRole('button', { name: 'One step' }).click();
    await page.getByText('Export…').click();
    await page.locator('[data-edit="y0[0]"]').click();
    await settle(page);
    const open = await axeViolations(page);
    await page.getByRole('button', { name: 'Build…' }).click();
    await settle(page);
    expect([...open, ...(await axeViolations(page))]).toEqual([]);
    await close();
  });
});

describe('the graph by keyboard', () => {
  it('is one tab stop; ↑ ↓ walk nodes and edges, Shift jumps a column, Enter selects', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&lang=en`,
      { reducedMotion: true },
    );
    const focused = () =>
      page.evaluate(() => ({
        key: document.activeElement?.getAttribute('data-focus') ?? null,
        name: document.activeElement?.getAttribute('aria-label') ?? null,
      }));
    // Exactly one item of the graph is in the tab order.
    const inTabOrder = await page.$$eval(
      '.graph [data-focus]',
      (items) => items.filter((e) => (e as SVGElement).tabIndex === 0).length,
    );
    expect(inTabOrder).toBe(1);
    await page.getByRole('button', { name: 'Fit graph' }).focus();
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual({
      key: 'edge:z1[0]<x[0]',
      name: 'weight W1[0][0] = 0.15',
    });
    await page.keyboard.press('ArrowDown');
    expect((await focused()).key).toBe('edge:z1[0]<x[1]');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    // The first column: the input x[1]'s tab, then its node, …
    const top = await focused();
    expect(top.key).toMatch(/^(node|tab):/);
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    const z = await focused();
    expect(z.key).toBe('node:z1[0]');
    expect(z.name).toMatch(/^node z1\[0\] = 0\.32/);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toEqual({ key: 'bias:b1[0]', name: 'bias b1[0] = 0.1' });
    // Enter selects the bias, and its trace is drawn.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-traced]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-param="b1[0]"]').getAttribute('aria-pressed')).toBe('true');
    // ← and → still move through the steps while focus is in the graph.
    const before = await statusText(page);
    await page.keyboard.press('ArrowRight');
    expect(await statusText(page)).not.toBe(before);
    expect((await focused()).key).toBe('bias:b1[0]');
    // Tab leaves the graph at once.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('svg.graph'))).toBeNull();
    expect(errors).toEqual([]);
    await close();
  });
});

describe('text for what is drawn', () => {
  it('every equation row has one MathML formula with its numbers; the drawn parts are hidden', async () => {
    const { page, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&step=3&lang=en`,
      { reducedMotion: true },
    );
    const equations = page.getByRole('region', { name: 'Equations', exact: true });
    const rows = await equations.locator('.equation-row').count();
    expect(rows).toBeGreaterThan(0);
    expect(await equations.locator('.equation-row math').count()).toBe(rows);
    expect(await equations.locator('.katex-html:not([aria-hidden="true"] *)').count()).toBe(0);
    const first = await equations.locator('.equation-row math').first().textContent();
    expect(first).toMatch(/\d/);
    await close();
  });

  it('the live region reads each step: where it is, its title and its narration', async () => {
    const visual = presets.find((p) => p.spec.id === 'visual-derivation');
    if (!visual) throw new Error('visual-derivation is missing');
    const steps = deriveNetwork(visual).steps;
    const { page, close } = await openPage(browser(), `${base}?net=visual-derivation&lang=zh`, {
      reducedMotion: true,
    });
    await page.keyboard.press('ArrowRight');
    const status = await statusText(page);
    expect(status).toMatch(/^第 2 步，共 \d+ 步：/);
    expect(status).toContain(steps[1].title.zh);
    expect(status).toContain(steps[1].narration.zh);
    expect(await page.getByRole('status').getAttribute('aria-live')).toBe('polite');
    await close();
  });
});

describe('targets', () => {
  for (const [width, height, keys] of [
    [1366, 768, ''],
    [1920, 1080, 'f'],
  ] as const)
    it(`every control is at least 24 × 24 CSS pixels at ${width} × ${height}${keys ? ' in presentation mode' : ''}`, async () => {
      const small: string[] = [];
      for (const preset of presets) {
        const { page, close } = await openPage(browser(), `${base}?net=${preset.spec.id}&lang=en`, {
          reducedMotion: true,
          width,
          height,
        });
        if (keys) await page.keyboard.press(keys);
        small.push(
          ...(
            await page.evaluate(() => {
              const found: string[] = [];
              const controls = document.querySelectorAll<HTMLElement | SVGElement>(
                'button, select, input:not([type="checkbox"]):not([type="range"]), summary, a[href], [role="button"]',
              );
              for (const el of controls) {
                const box = el.getBoundingClientRect();
                if (box.width === 0 && box.height === 0) continue; // not shown
                const name = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
                // A weight edge's target is its hit stroke, as wide as the stroke on screen.
                const hit = el.querySelector('.edge-hit');
                if (hit) {
                  const scale = (hit as SVGGraphicsElement).getScreenCTM()?.a ?? 1;
                  const stroke = Number.parseFloat(getComputedStyle(hit).strokeWidth) * scale;
                  if (stroke < 24) found.push(`${name}: hit stroke ${stroke.toFixed(1)} px`);
                } else if (Math.min(box.width, box.height) < 24)
                  found.push(`${name}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`);
              }
              return found;
            })
          ).map((s) => `${preset.spec.id}: ${s}`),
        );
        await close();
      }
      expect(small).toEqual([]);
    });
});
