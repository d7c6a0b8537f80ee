/**
 * Every preset, walked from its first step to its last with the keyboard, in both languages:
 * the status line follows, each step shows its words and equations, and no LaTeX fails.
 */

import { describe, expect, inject, it } from 'vitest';
import { readContentDir } from '../../src/cli/contentFiles.ts';
import { readPresets } from '../../src/content/read.ts';
import { deriveNetwork } from '../../src/state/derived.ts';
import { fileBrowser, openPage, statusText } from './chromium.ts';

const base = inject('baseUrl');
const presets = readPresets(readContentDir()).presets;

const browser = fileBrowser();

const walks = presets.flatMap((p) =>
  (['en', 'zh'] as const).map((lang) => [p.spec.id, lang, p] as const),
);

describe.each(walks)('%s in %s', (id, lang, preset) => {
  it('walks from the first step to the last with → and back to the first with Home', async () => {
    const steps = deriveNetwork(preset).steps;
    const { page, errors, close } = await openPage(browser(), `${base}?net=${id}&lang=${lang}`, {
      reducedMotion: true,
    });
    const equations = page.getByRole('region', {
      name: lang === 'en' ? 'Equations' : '公式',
      exact: true,
    });
    const pattern = (i: number) =>
      lang === 'en'
        ? new RegExp(`^Step ${i} of ${steps.length}: `)
        : new RegExp(`^第 ${i} 步，共 ${steps.length} 步：`);
    for (let i = 1; i <= steps.length; i++) {
      const status = await statusText(page);
      expect(status, `step ${i}`).toMatch(pattern(i));
      expect(status).toContain(steps[i - 1].title[lang]);
      expect(await equations.innerText()).toContain(steps[i - 1].narration[lang].slice(0, 12));
      if (steps[i - 1].equations.length > 0)
        expect(await equations.locator('.katex').count(), `step ${i}`).toBeGreaterThan(0);
      expect(await page.locator('.tex-error').count(), `step ${i}`).toBe(0);
      // Figures the step draws: heatmaps, loss curves and cost tables are there, not just typeset.
      const figures = steps[i - 1].equations
        .flatMap((e) => [...e.lhs, ...e.rhs])
        .flatMap((p) => (p.figure ? [p.figure.kind] : []));
      const count = (kind: string) => figures.filter((f) => f === kind).length;
      // (Figures load on first use, so their count is awaited.)
      const drawn = (selector: string) => expect.poll(() => equations.locator(selector).count());
      await drawn('svg.heatmap').toBe(count('heatmap'));
      await drawn('svg.loss-curve').toBe(count('curve'));
      await drawn('.cost-table table').toBe(count('cost'));
      if (i < steps.length) await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('ArrowRight');
    expect(await statusText(page)).toMatch(pattern(steps.length));
    await page.keyboard.press('Home');
    expect(await statusText(page)).toMatch(pattern(1));
    expect(errors).toEqual([]);
    await close();
  });
});

describe('figures of the Jacobian lens', () => {
  it('the cost table is measured in the browser when asked', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${base}?net=jacobian-xor&step=7&lang=en`,
      { reducedMotion: true },
    );
    const cells = page.locator('.cost-table td');
    await cells.first().waitFor();
    expect(await cells.filter({ hasText: '…' }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Measure in this browser' }).click();
    await page.waitForFunction(
      () => ![...document.querySelectorAll('.cost-table td')].some((td) => td.textContent === '…'),
      undefined,
      { timeout: 30_000 },
    );
    expect(await cells.filter({ hasText: / ms$/ }).count()).toBe(10);
    expect(errors).toEqual([]);
    await close();
  });

  it('every line of the proof shows its value beside the central difference', async () => {
    const { page, close } = await openPage(
      browser(),
      `${base}?net=differential-proof&step=5&lang=zh`,
      { reducedMotion: true },
    );
    const text = await page.getByRole('region', { name: '公式', exact: true }).innerText();
    expect((text.match(/2ε/g) ?? []).length).toBeGreaterThanOrEqual(3);
    await close();
  });
});
