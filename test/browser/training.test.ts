/** Training in the page: the loss falls, the numbers follow, the page stays responsive. */

import { describe, expect, inject, it } from 'vitest';
import { fileBrowser, openPage } from './chromium.ts';

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
    expect(page.url()).toContain('edits=');
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
});
