/** Building a network from the form: limits and incompatibilities are named; the result is shown. */

import { describe, expect, inject, it } from 'vitest';
import { fileBrowser, launch, openPage, settledUrl, statusText } from './chromium.ts';

const base = inject('baseUrl');
const browser = fileBrowser();

describe('building a network', () => {
  it('names what does not fit, then builds, shows and keeps the network', async () => {
    const { page, errors, close } = await openPage(browser(), `${base}?net=jacobian-xor&lang=en`, {
      reducedMotion: true,
    });
    await page.getByRole('button', { name: 'Build…' }).click();
    const sizes = page.getByRole('textbox', { name: 'Layer sizes, input first' });
    await sizes.fill('3, 40, 1');
    expect(await page.getByRole('alert').filter({ hasText: 'at most 12 units' }).innerText()).toBe(
      'layers[1]: at most 12 units in a layer, got 40',
    );
    await sizes.fill('3, 4, 2, 1');
    await page.getByRole('combobox', { name: 'Activation of layer 3' }).selectOption('tanh');
    await page.getByRole('combobox', { name: 'Loss' }).selectOption('bce');
    await page.getByRole('button', { name: 'Create' }).click();
    expect(await page.getByRole('alert').filter({ hasText: 'bce needs' }).innerText()).toBe(
      'loss: bce needs a sigmoid output layer, but activations[2] is tanh',
    );
    await page.getByRole('combobox', { name: 'Activation of layer 3' }).selectOption('sigmoid');
    await page.getByRole('button', { name: 'Add a sample' }).click();
    await page.getByRole('textbox', { name: 'x4[0]' }).fill('0.5');
    await page.getByRole('button', { name: 'Create' }).click();
    expect(await page.getByRole('combobox', { name: 'Network', exact: true }).inputValue()).toBe(
      'my-network',
    );
    expect(await page.locator('[data-node="a2[1]"]').count()).toBe(1);
    expect(await page.locator('[data-node="a3[0]"]').count()).toBe(1);
    expect(await statusText(page)).toMatch(/^Step 1 of \d+: /);
    // Five samples were built; the saved network survives a reload.
    await page.reload();
    await page.locator('[data-node="E"]').waitFor();
    expect(await page.getByRole('combobox', { name: 'Network', exact: true }).inputValue()).toBe(
      'my-network',
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('the header keeps every contract control visible at 1366 × 768, in both languages', async () => {
    for (const lang of ['en', 'zh']) {
      const { page, close } = await openPage(
        browser(),
        `${base}?net=visual-derivation&lang=${lang}`,
      );
      // ui-contract.md's names in the page's language.
      const names =
        lang === 'en' ? ['Presentation mode', 'Network', 'Language'] : ['演示模式', '网络', '语言'];
      for (const [i, name] of names.entries()) {
        const box = await page
          .getByRole(i === 0 ? 'button' : 'combobox', { name, exact: true })
          .boundingBox();
        expect(box && box.x + box.width <= 1366, `${name} in ${lang}`).toBe(true);
      }
      await close();
    }
  });

  it('a built network travels in its link and opens in a fresh browser', async () => {
    const { page, close } = await openPage(browser(), `${base}?net=visual-derivation&lang=en`, {
      reducedMotion: true,
    });
    await page.getByRole('button', { name: 'Build…' }).click();
    await page.getByRole('textbox', { name: 'Layer sizes, input first' }).fill('2, 5, 2');
    await page.getByRole('textbox', { name: 'Random seed' }).fill('7');
    await page.getByRole('button', { name: 'Create' }).click();
    // The network goes in the fragment once compressed, a moment after.
    await page.waitForURL(/#def=/);
    const link = await settledUrl(page);
    expect(link).toContain('net=my-network');
    const w = await page.locator('[data-param="W1[4][1]"]').getAttribute('aria-label');
    await close();

    const fresh = await launch();
    const other = await openPage(fresh, link, { reducedMotion: true });
    expect(
      await other.page.getByRole('combobox', { name: 'Network', exact: true }).inputValue(),
    ).toBe('my-network');
    expect(await other.page.locator('[data-param="W1[4][1]"]').getAttribute('aria-label')).toBe(w);
    expect(other.errors).toEqual([]);
    await other.close();
    await fresh.close();

    const broken = await openPage(browser(), `${base}?net=visual-derivation&def=not-a-network`);
    expect(await broken.page.getByRole('alert').filter({ hasText: 'link' }).count()).toBe(1);
    await broken.close();
  });
});
