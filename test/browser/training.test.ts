/** Training in the page: the loss falls, the numbers follow, the page stays responsive. */

import { describe, expect, inject, it } from 'vitest';
import { fileBrowser, openPage, settledUrl, statusText } from './chromium.ts';
import { defLink, linearNetwork } from './links.ts';

const base = inject('baseUrl');
const browser = fileBrowser();

describe('training', () => {
  it('trains XOR: the loss falls, the graph and equations show the learned numbers, keys still work', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${base}?net=jacobian-xor&step=1&lang=en`,
      { reducedMotion: true },
    );
    const before = await page.locator('[data-param="W1[0][0]"]').getAttribute('aria-label');
    await page.getByText('Train this network').click();
    await page.getByRole('textbox', { name: 'Learning rate η' }).fill('1');
    await page.getByRole('textbox', { name: 'Steps' }).fill('3000');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    // While it runs, the stepper still answers.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Run', exact: true }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('status').textContent()).toMatch(/^Step 2 of/);
    expect(Number(await page.locator('.training-curve').getAttribute('data-steps'))).toBe(2999);
    expect(await page.locator('[data-param="W1[0][0]"]').getAttribute('aria-label')).not.toBe(
      before,
    );
    // The learned outputs, in the graph: σ of the output unit for sample 1 (target 0) is small.
    const out = Number(
      (await page.locator('[data-node="a2[0]"] .node-value').textContent())?.replace('−', '-'),
    );
    expect(out).toBeLessThan(0.05);
    await expect.poll(() => page.url()).toContain('edits=');
    await page.getByRole('button', { name: 'One step', exact: true }).click();
    expect(await page.locator('.edge-delta').count()).toBe(12);
    expect(errors).toEqual([]);
    await close();
  });

  it('refuses a learning rate that is not a positive number', async () => {
    const { page, close } = await openPage(browser(), `${base}?net=visual-derivation&lang=en`, {
      reducedMotion: true,
    });
    await page.getByText('Train this network').click();
    await page.getByRole('textbox', { name: 'Learning rate η' }).fill('-2');
    expect(await page.getByRole('alert').filter({ hasText: 'η must be' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'One step', exact: true }).isDisabled()).toBe(
      true,
    );
    await close();
  });

  it('stops a diverging run with a message naming the step, and the page stays whole', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      defLink(base, linearNetwork([1000, -1000]), '&lang=en'),
      { reducedMotion: true },
    );
    await page.getByText('Train this network').click();
    await page.getByRole('textbox', { name: 'Learning rate η' }).fill('1000');
    await page.getByRole('textbox', { name: 'Steps' }).fill('100');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const stopped = page.getByRole('alert').filter({ hasText: 'Training stopped' });
    await stopped.waitFor();
    expect(await stopped.innerText()).toMatch(
      /^Training stopped at step 1: the loss grew from [\d.e+]+ to [\d.e+]+, more than a million-fold/,
    );
    await page.getByRole('button', { name: 'Run', exact: true }).waitFor();
    // The page is whole: the graph with its numbers, the curve, the equations, the stepper.
    await page.locator('.training-curve svg.loss-curve').waitFor();
    expect(await page.locator('.graph-panel').innerText()).not.toMatch(/NaN|∞/);
    await page.getByRole('button', { name: 'Next step' }).click();
    expect(await statusText(page)).toMatch(/^Step 2 of \d+: /);
    expect(await page.getByRole('region', { name: 'Equations' }).innerText()).not.toBe('');
    expect(errors).toEqual([]);
    await close();
  });

  it('a step whose loss overflows is not taken: the numbers before it stay, and the message says so', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      defLink(base, linearNetwork([1e100, -1e100]), '&lang=en'),
      { reducedMotion: true },
    );
    const before = await page.locator('[data-param="W1[0][0]"]').getAttribute('aria-label');
    await page.getByText('Train this network').click();
    await page.getByRole('textbox', { name: 'Learning rate η' }).fill('1000');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const stopped = page.getByRole('alert').filter({ hasText: 'Training stopped' });
    await stopped.waitFor();
    expect(await stopped.innerText()).toBe(
      // ∞ − ∞ in the output: the loss is NaN.
      'Training stopped at step 1: the loss became NaN, which is no number to learn from. The numbers from before that step are kept; try a smaller η.',
    );
    expect(await page.locator('[data-param="W1[0][0]"]').getAttribute('aria-label')).toBe(before);
    await page.getByRole('button', { name: 'One step', exact: true }).click();
    expect(await stopped.innerText()).toMatch(/^Training stopped at step 1: the loss became NaN/);
    expect(await page.locator('[data-param="W1[0][0]"]').getAttribute('aria-label')).toBe(before);
    expect(await settledUrl(page)).not.toMatch(/NaN|Infinity/);
    expect(errors).toEqual([]);
    await close();
  });
});
