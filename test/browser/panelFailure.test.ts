/**
 * A panel that throws while it draws is replaced by a message naming it; the other panels and
 * the person's work stay. The failures are brought about from outside the app (a browser API a
 * panel calls, made to throw), so the build carries no hook for them.
 */

import { describe, expect, inject, it } from 'vitest';
import { fileBrowser, openPage, pointOnEdge, statusText } from './chromium.ts';

const base = inject('baseUrl');
const browser = fileBrowser();

/** Console errors other than React's report of the failure the test brought about. */
const unexpected = (errors: string[]) => errors.filter((e) => !e.includes('injected failure'));

describe('a panel that fails', () => {
  it('the graph fails: its message says so, the equations and the stepper go on, and it comes back', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&step=5&param=W3[0][0]&edits=W1[0][0]:0.2&lang=en`,
      { reducedMotion: true },
    );
    const at = await pointOnEdge(page, '[data-param="W3[0][0]"]');
    // The number field measures the graph's scale on screen as it opens.
    await page.evaluate(() => {
      const proto = SVGGraphicsElement.prototype as unknown as Record<string, unknown>;
      proto.realScreenCTM = proto.getScreenCTM;
      proto.getScreenCTM = () => {
        throw new Error('injected failure');
      };
    });
    await page.mouse.click(at.x, at.y);
    const alert = page.getByRole('alert').filter({ hasText: 'network graph' });
    expect(await alert.innerText()).toBe(
      'The network graph stopped working (injected failure). The rest of the page and your work are kept.',
    );
    expect(await page.getByRole('region', { name: 'Network graph' }).count()).toBe(0);
    // Everything else works, and the edit is kept.
    await page.getByRole('button', { name: 'Next step' }).click();
    expect(await statusText(page)).toMatch(/^Step 6 of \d+: /);
    expect(await page.getByRole('region', { name: 'Equations' }).innerText()).not.toBe('');
    await expect.poll(() => page.url()).toContain('edits=W1[0][0]%3A0.2');

    await page.evaluate(() => {
      const proto = SVGGraphicsElement.prototype as unknown as Record<string, unknown>;
      proto.getScreenCTM = proto.realScreenCTM;
    });
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('region', { name: 'Network graph' }).waitFor();
    expect(await page.locator('[data-param="W1[0][0]"]').getAttribute('aria-label')).toBe(
      'weight W1[0][0] = 0.2',
    );
    expect(await alert.count()).toBe(0);
    expect(unexpected(errors)).toEqual([]);
    await close();
  });

  it('the training panel fails as it draws its curve: the graph and the stepper stay', async () => {
    const { page, errors, close } = await openPage(browser(), `${base}?net=jacobian-xor&lang=en`, {
      reducedMotion: true,
    });
    await page.getByText('Train this network').click();
    // Only the loss curve writes numbers with toFixed.
    await page.evaluate(() => {
      Number.prototype.toFixed = () => {
        throw new Error('injected failure');
      };
    });
    await page.getByRole('button', { name: 'One step', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'training panel' });
    await alert.waitFor();
    expect(await alert.innerText()).toBe(
      'The training panel stopped working (injected failure). The rest of the page and your work are kept.',
    );
    // The step that was taken is on the graph, and the page goes on.
    expect(await page.locator('.edge-delta').count()).toBe(12);
    expect(await page.getByRole('region', { name: 'Network graph' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Next step' }).click();
    expect(await statusText(page)).toMatch(/^Step 2 of \d+: /);
    expect(unexpected(errors)).toEqual([]);
    await close();
  });
});
