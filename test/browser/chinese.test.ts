/** Chinese without a network: the bundled font loads from the page's own files, only for Chinese. */

import { describe, expect, inject, it } from 'vitest';
import { fileBrowser } from './chromium.ts';

const base = inject('baseUrl');
const browser = fileBrowser();

async function open(lang: 'en' | 'zh') {
  const page = await browser().newPage({ viewport: { width: 1366, height: 768 } });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${base}?net=visual-derivation&lang=${lang}`);
  await page.locator('[data-node="E"]').waitFor();
  await page.waitForLoadState('networkidle');
  return { page, requests };
}

describe('Chinese text', () => {
  it('in Chinese, Noto Sans SC comes from the page’s own files and draws the page’s characters', async () => {
    const { page, requests } = await open('zh');
    const origin = new URL(base).origin;
    const fontFiles = requests.filter((u) => /noto-sans-sc.*\.woff2$/.test(u));
    const loaded = await page.evaluate(async () => {
      const text = document.body.innerText;
      const faces = await document.fonts.load('16px "Noto Sans SC Variable"', text);
      return faces.length;
    });
    expect(loaded).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
    // Only the slices holding characters the page uses are fetched, not all hundred.
    const after = await page.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .filter((e) => /noto-sans-sc.*\.woff2$/.test(e.name)).length,
    );
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(60);
    expect(fontFiles.every((u) => u.startsWith(origin))).toBe(true);
    const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(family).toContain('Noto Sans SC Variable');
    await page.close();
  });

  it('in English, nothing of it is fetched', async () => {
    const { page, requests } = await open('en');
    expect(requests.filter((u) => /noto-sans-sc/.test(u))).toEqual([]);
    await page.close();
  });
  it('an operator in running text (∘) is drawn from KaTeX’s face, not the Chinese font that sets it on the line', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${base}?net=differential-proof&step=2&lang=zh`);
    const narration = page.locator('.equations-panel .narration');
    await expect.poll(() => narration.textContent()).toContain('∘');
    await page.waitForLoadState('networkidle');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: '.equations-panel .narration',
    });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    // The ring is the only character the operators' face covers here (unicode-range).
    const rings = (await narration.textContent())?.match(/∘/g)?.length ?? 0;
    expect(fonts.find((f) => f.familyName === 'KaTeX_Main')?.glyphCount).toBe(rings);
    await page.close();
  });
});
