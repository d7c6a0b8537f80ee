/** Keeping work: saved networks survive a reload, export to YAML, import back; a corrupt store is reported. */

import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { clickEdge, fileBrowser, openPage, settledUrl, statusText } from './chromium.ts';

const base = inject('baseUrl');
const browser = fileBrowser();

describe('keeping one’s own networks', () => {
  it('save, reload, export and import', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&step=5&param=W3[0][0]&lang=en`,
      { reducedMotion: true },
    );
    await clickEdge(page, 'W3[0][0]');
    const input = page.getByRole('textbox', { name: 'Value of W3[0][0]' });
    await input.fill('0.9');
    await input.press('Enter');
    await page.getByRole('button', { name: 'Save a copy' }).click();
    await expect.poll(() => page.url()).toContain('net=visual-derivation-mine');
    const network = page.getByRole('combobox', { name: 'Network', exact: true });
    expect(await network.inputValue()).toBe('visual-derivation-mine');

    await page.reload();
    await page.locator('[data-node="E"]').waitFor();
    expect(await network.inputValue()).toBe('visual-derivation-mine');
    await network.selectOption('visual-derivation');
    await network.selectOption('visual-derivation-mine');
    expect(await page.locator('[data-param="W3[0][0]"]').getAttribute('aria-label')).toBe(
      'weight W3[0][0] = 0.9',
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByText('Export…')
        .click()
        .then(() => page.getByRole('button', { name: 'Network as YAML' }).click()),
    ]);
    expect(download.suggestedFilename()).toBe('visual-derivation-mine.yaml');
    const yaml = readFileSync((await download.path()) as string, 'utf8');
    expect(yaml).toContain('id: visual-derivation-mine');
    expect(yaml).toContain('0.9');

    await page.locator('input[type="file"]').setInputFiles({
      name: 'imported.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(yaml.replace('id: visual-derivation-mine', 'id: imported-net')),
    });
    // (The YAML reader loads on first use.)
    await expect.poll(() => network.inputValue()).toBe('imported-net');
    expect(await page.locator('[data-param="W3[0][0]"]').getAttribute('aria-label')).toBe(
      'weight W3[0][0] = 0.9',
    );

    await page.locator('input[type="file"]').setInputFiles({
      name: 'bad.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from('id: bad\nlayers: [2]\n'),
    });
    expect(await page.getByRole('alert').filter({ hasText: 'bad.yaml' }).innerText()).toMatch(
      /^bad\.yaml: layers: expected a list of at least 2 unit counts/,
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('a copy of an article shows the steps its link and a reload show; saved again, it keeps its name', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${base}?net=scalar-to-matrix&lang=en`,
      { reducedMotion: true },
    );
    await page.getByRole('button', { name: 'Save a copy' }).click();
    await page.keyboard.press('End');
    await page.waitForURL(/#def=/);
    const status = await statusText(page);
    const fresh = await openPage(browser(), await settledUrl(page), { reducedMotion: true });
    expect(await statusText(fresh.page)).toBe(status);
    expect(fresh.errors).toEqual([]);
    await fresh.close();
    await page.reload();
    await page.locator('[data-node="E"]').waitFor();
    expect(await statusText(page)).toBe(status);
    await page.getByRole('button', { name: 'Save a copy' }).click();
    const network = page.getByRole('combobox', { name: 'Network', exact: true });
    expect(await network.locator('option:checked').textContent()).toMatch(/^Mine: Seed 001/);
    expect(errors).toEqual([]);
    await close();
  });

  it('a corrupt entry in the browser’s store is reported and skipped; the page still works', async () => {
    const { page, close } = await openPage(browser(), `${base}?net=visual-derivation&lang=en`);
    const good = {
      id: 'kept',
      layers: [1, 1],
      activations: ['sigmoid'],
      loss: 'half_sse',
      weights: [[[0.5]]],
      samples: [{ x: [1], y: [0] }],
    };
    await page.evaluate(
      (networks) =>
        localStorage.setItem('backprop-atlas:networks', JSON.stringify({ version: 1, networks })),
      [{ id: 'broken' }, good],
    );
    await page.reload();
    await page.locator('[data-node="E"]').waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'saved[0].json' }).count()).toBe(1);
    const values = await page
      .getByRole('combobox', { name: 'Network', exact: true })
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(values).toContain('kept');
    expect(values).not.toContain('broken');
    await close();
  });
});
