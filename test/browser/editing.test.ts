/** Changing numbers in place: the equations follow, bad values are refused, the URL keeps edits. */

import { describe, expect, inject, it } from 'vitest';
import {
  clickEdge,
  fileBrowser,
  launch,
  openPage,
  rowsDrawn,
  settledUrl,
  statusText,
} from './chromium.ts';

const base = inject('baseUrl');
const browser = fileBrowser();

/** The middle of a drawn box, and its width. */
function middle(box: { x: number; y: number; width: number; height: number } | null) {
  return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2, width: box.width } : null;
}

describe('editing numbers in place', () => {
  it('a weight edited on its edge changes the equations; a bad value changes nothing', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&step=5&param=W3[0][0]&lang=en`,
      { reducedMotion: true },
    );
    const equations = page.getByRole('region', { name: 'Equations', exact: true });
    await rowsDrawn(page);
    const before = await equations.innerText();
    expect(before).toContain('0.4863'); // a₁⁽²⁾, the factor ∂z/∂w, is unchanged by this weight
    // The link traces the weight; picking it again opens its field.
    await clickEdge(page, 'W3[0][0]');
    const input = page.getByRole('textbox', { name: 'Value of W3[0][0]' });
    await input.fill('1e9');
    await input.press('Enter');
    expect(await page.getByRole('alert').first().innerText()).toContain('too large');
    expect(await equations.innerText()).toBe(before);
    await input.fill('0.9');
    await input.press('Enter');
    await rowsDrawn(page);
    const after = await equations.innerText();
    expect(after).not.toBe(before);
    expect(after).toContain('−0.4694'); // ∂E/∂a₁⁽³⁾ = a − y with a = σ(0.9·0.4863 − 0.35·0.6146 − 0.1)
    expect(await page.locator('[data-param="W3[0][0]"]').getAttribute('aria-label')).toBe(
      'weight W3[0][0] = 0.9',
    );
    await expect.poll(() => page.url()).toContain('edits=W3[0][0]%3A0.9');

    // The copied URL reproduces the edited numbers in a fresh browser.
    const fresh = await launch();
    const second = await openPage(fresh, await settledUrl(page), { reducedMotion: true });
    await rowsDrawn(second.page);
    expect(
      await second.page.getByRole('region', { name: 'Equations', exact: true }).innerText(),
    ).toBe(after);
    await second.close();
    await fresh.close();
    expect(errors).toEqual([]);
    await close();
  });

  it('the field opens over the number it edits, the same size on screen at any zoom', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&step=1&param=W2[0][1]&lang=en`,
      { reducedMotion: true },
    );
    await clickEdge(page, 'W2[0][1]', 0.8);
    const input = page.getByRole('textbox', { name: 'Value of W2[0][1]' });
    const label = page.locator('[data-label-for="W2[0][1]"]');
    const check = async () => {
      const field = middle(await input.boundingBox());
      const shown = middle(await label.boundingBox());
      expect(field && shown).toBeTruthy();
      if (!field || !shown) return 0;
      // On the label, wide enough for its number, and the whole number in view.
      expect(Math.abs(field.x - shown.x)).toBeLessThan(4);
      expect(Math.abs(field.y - shown.y)).toBeLessThan(8);
      expect(field.width).toBeGreaterThanOrEqual(90);
      expect(await input.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      return field.width;
    };
    const before = await check();
    // Zoom in on the graph with the wheel (D3's zoom loads just after the first paint).
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((r) => r.name.includes('motion')),
    );
    const graph = await page.locator('svg.graph').boundingBox();
    await page.mouse.move((graph?.x ?? 0) + 200, (graph?.y ?? 0) + 200);
    await page.mouse.wheel(0, -400);
    await expect
      .poll(() => page.locator('svg.graph > g').first().getAttribute('transform'))
      .toContain('scale');
    expect(Math.abs((await check()) - before)).toBeLessThan(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('the field opens over a number drawn beneath its edge too (a crowded fan, presentation size)', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${base}?net=jacobian-xor&step=1&lang=en`,
      { reducedMotion: true, width: 1920, height: 1080 },
    );
    await page.keyboard.press('f');
    // The fan's labels that found no free spot above their edge went beneath it.
    const beneath = await page
      .locator('.edge-label[dy="1.1em"]')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('data-label-for') ?? ''));
    expect(beneath.length).toBeGreaterThan(0);
    const p = beneath[0];
    const label = middle(await page.locator(`[data-label-for="${p}"]`).boundingBox());
    await page.locator(`[data-param="${p}"]`).focus();
    await page.keyboard.press('Enter');
    const field = middle(await page.getByRole('textbox', { name: `Value of ${p}` }).boundingBox());
    if (!label || !field) throw new Error('label or field not drawn');
    expect(Math.abs(field.x - label.x)).toBeLessThan(4);
    expect(Math.abs(field.y - label.y)).toBeLessThan(8);
    expect(errors).toEqual([]);
    await close();
  });

  it('a step that traces a weight leaves its edge clear; picking the weight opens its field', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&step=7&lang=en`,
      { reducedMotion: true },
    );
    const field = page.getByRole('textbox', { name: 'Value of W3[1][1]' });
    const weight = page.locator('[data-param="W3[1][1]"]');
    // Step 8 traces W3[1][1]: the trace is drawn, the weight's label shown, no field over it.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => weight.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-traced]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-label-for="W3[1][1]"]').count()).toBe(1);
    expect(await field.count()).toBe(0);
    // Picking the traced weight opens its field and keeps the trace; Escape closes the field.
    await clickEdge(page, 'W3[1][1]');
    await field.waitFor();
    expect(await weight.getAttribute('aria-pressed')).toBe('true');
    await field.press('Escape');
    expect(await field.count()).toBe(0);
    expect(await weight.getAttribute('aria-pressed')).toBe('true');
    // The focus goes back to the weight, not to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-param'))).toBe(
      'W3[1][1]',
    );
    // A field left open closes when the next step traces another weight or none.
    await clickEdge(page, 'W3[1][1]');
    await field.waitFor();
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => statusText(page)).toMatch(/^Step 9 of/);
    expect(await field.count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('inputs and targets are edited where they are shown, and the numbers can be reset', async () => {
    const { page, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&step=1&lang=en`,
      { reducedMotion: true },
    );
    await page.locator('[data-edit="x0[0]"]').click();
    const x = page.getByRole('textbox', { name: 'Value of x0[0]' });
    await x.fill('−1');
    await x.press('Enter');
    expect(await page.locator('[data-node="x[0]"]').textContent()).toContain('−1');
    await page.locator('[data-edit="y0[1]"]').focus();
    await page.keyboard.press('Enter');
    const y = page.getByRole('textbox', { name: 'Value of y0[1]' });
    await y.fill('0.5');
    await y.press('Enter');
    expect(await page.locator('[data-edit="y0[1]"]').textContent()).toContain('y = 0.5');
    await expect.poll(() => page.url()).toMatch(/edits=x0\[0\]%3A-1%2Cy0\[1\]%3A0\.5/);
    await page.getByRole('button', { name: 'Reset the numbers' }).click();
    expect(await page.locator('[data-node="x[0]"]').textContent()).toContain('0.8');
    expect(await settledUrl(page)).not.toContain('edits=');
    await close();
  });
});

describe('editing a number in its matrix cell', () => {
  it('a weight, changed in the matrix of the forward pass, changes z and the URL', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&step=1&lang=en`,
      { reducedMotion: true },
    );
    const equations = page.getByRole('region', { name: 'Equations', exact: true });
    expect(await equations.innerText()).toContain('0.32');
    await equations.getByRole('button', { name: 'W1[0][1] = −0.25' }).click();
    const cell = equations.getByRole('textbox', { name: 'Value of W1[0][1]' });
    await cell.fill('∞');
    await cell.press('Enter');
    expect(await equations.getByRole('alert').innerText()).toContain('is not a number');
    await cell.fill('0.5');
    await cell.press('Enter');
    // z₁⁽¹⁾ = 0.15·0.8 + 0.5·(−0.4) + 0.1 = 0.02
    expect(await equations.innerText()).toContain('0.02');
    await expect.poll(() => page.url()).toContain('edits=W1[0][1]%3A0.5');
    expect(await page.locator('[data-param="W1[0][1]"]').getAttribute('aria-label')).toBe(
      'weight W1[0][1] = 0.5',
    );
    expect(errors).toEqual([]);
    await close();
  });
});

describe('precision', () => {
  it('the Digits control changes how many digits every number shows', async () => {
    const { page, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&step=1&lang=en`,
      { reducedMotion: true },
    );
    const equations = page.getByRole('region', { name: 'Equations', exact: true });
    expect(await equations.innerText()).toContain('0.5793');
    await page.getByRole('combobox', { name: 'Digits' }).selectOption('8');
    expect(await equations.innerText()).toContain('0.57932425');
    expect(await page.locator('[data-node="a1[0]"] .node-value').textContent()).toBe('0.57932425');
    await close();
  });
});
