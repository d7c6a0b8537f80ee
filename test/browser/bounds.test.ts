/** What is too large for the page is refused at once, by name; the page stays as it was. */

import { describe, expect, inject, it } from 'vitest';
import { uniformNetwork } from '../support/networks.ts';
import { fileBrowser, openPage, statusText } from './chromium.ts';
import { defLink } from './links.ts';

const base = inject('baseUrl');
const browser = fileBrowser();

describe('the page’s bounds', () => {
  it('a def= of a 2-200-2 network opens the preset at once and names the bound', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      defLink(base, uniformNetwork('too-big', [2, 200, 2]), '&lang=en'),
    );
    expect(await statusText(page)).toMatch(/^Step 1 of/);
    expect(await page.getByRole('alert').filter({ hasText: 'ignored' }).innerText()).toMatch(
      /layers\[1\]: at most 12 units in a layer, got 200/,
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('importing a 1.2 MB YAML of 10 × 200-unit layers is refused by name, and the page goes on', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&lang=en`,
    );
    const layers = [200, 200, 200, 200, 200, 200, 200, 200, 200, 200];
    const yaml = `id: huge\nlayers: [${layers.join(', ')}]\nactivations: [${layers
      .slice(1)
      .map(() => 'sigmoid')
      .join(', ')}]\nloss: half_sse\nweights:\n${layers
      .slice(1)
      .map(
        () =>
          `  - [${Array.from({ length: 200 }, () => `[${new Array(200).fill('0.1').join(',')}]`).join(',')}]`,
      )
      .join(
        '\n',
      )}\nsamples:\n  - {x: [${new Array(200).fill(1).join(',')}], y: [${new Array(200).fill(0).join(',')}]}\n`;
    expect(yaml.length).toBeGreaterThan(1_000_000);
    await page.locator('input[type="file"]').setInputFiles({
      name: 'huge.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(yaml),
    });
    expect(
      await page.getByRole('alert').filter({ hasText: 'huge.yaml' }).innerText({ timeout: 5000 }),
    ).toMatch(
      /^huge\.yaml: too large to open on this page: [\d,]+ bytes, over the limit of 200,000$/,
    );
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => statusText(page)).toMatch(/^Step 2 of/);
    expect(errors).toEqual([]);
    await close();
  });
});
