/**
 * The page in real Chromium, driven only through what a person perceives: roles, accessible
 * names, keys and the URL (shared/spec/ui-contract.md).
 */

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readContentDir } from '../../src/cli/contentFiles.ts';
import { readPresets } from '../../src/content/read.ts';
import { formatNumber } from '../../src/derivation/number.ts';
import { trace } from '../../src/engine/trace.ts';
import { deriveNetwork } from '../../src/state/derived.ts';
import {
  clickEdge,
  fileBrowser,
  launch,
  openPage,
  pointOnEdge,
  settledUrl,
  statusText,
} from './chromium.ts';

const base = inject('baseUrl');
const presets = readPresets(readContentDir()).presets;
const visual = presets.find((p) => p.spec.id === 'visual-derivation');
if (!visual) throw new Error('the visual-derivation preset is missing');
const preset = visual.spec;
const stepCount = deriveNetwork(visual).steps.length;
const url = (query: string) => `${base}?${query}`;

const browser = fileBrowser();

async function tracedNames(page: Page): Promise<{ nodes: string[]; params: string[] }> {
  return page.evaluate(() => ({
    nodes: [...document.querySelectorAll('[data-traced][data-node]')].map(
      (e) => e.getAttribute('data-node') ?? '',
    ),
    params: [...document.querySelectorAll('[data-traced][data-param]')].map(
      (e) => e.getAttribute('data-param') ?? '',
    ),
  }));
}

describe('the page', () => {
  it('offers every preset by id and shows each one', async () => {
    const { page, errors, close } = await openPage(browser(), base);
    const network = page.getByRole('combobox', { name: 'Network', exact: true });
    const values = await network
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(values).toEqual(presets.map((p) => p.spec.id));
    for (const p of presets) {
      await network.selectOption(p.spec.id);
      await expect.poll(() => page.url()).toContain(`net=${p.spec.id}`);
      expect(await statusText(page)).toMatch(/^Step 1 of \d+: /);
      expect(await page.locator('[data-node="E"]').count()).toBe(1);
      const last = p.spec.layers.length - 1;
      expect(await page.locator(`[data-node="a${last}[0]"]`).count()).toBe(1);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('selecting a weight traces exactly its paths, and the equations reach its gradient', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      url('net=visual-derivation&step=1&lang=en'),
    );
    expect(await page.locator('[data-traced]').count()).toBe(0);
    const weight = page.locator('[data-param="W1[0][1]"]');
    expect(await weight.getAttribute('aria-label')).toBe(
      'weight W1[0][1] = -0.25'.replace('-', '−'),
    );
    await clickEdge(page, 'W1[0][1]');
    expect(await weight.getAttribute('aria-pressed')).toBe('true');
    const { nodes, params } = await tracedNames(page);
    expect(nodes.sort()).toEqual(
      [
        'E',
        'a1[0]',
        'a2[0]',
        'a2[1]',
        'a3[0]',
        'a3[1]',
        'e[0]',
        'e[1]',
        'x[1]',
        'z1[0]',
        'z2[0]',
        'z2[1]',
        'z3[0]',
        'z3[1]',
      ].sort(),
    );
    // The weight itself, and every weight on a path above it.
    expect(params.sort()).toEqual([
      'W1[0][1]',
      'W2[0][0]',
      'W2[1][0]',
      'W3[0][0]',
      'W3[0][1]',
      'W3[1][0]',
      'W3[1][1]',
    ]);
    // The animation runs to its end; then the gradient of sample 1 stands in the equations.
    const progress = page.locator('progress');
    await page.waitForFunction(
      () => {
        const p = document.querySelector('progress');
        return p && p.value === p.max;
      },
      undefined,
      { timeout: 30_000 },
    );
    expect(Number(await progress.getAttribute('max'))).toBe(29);
    const gradient = trace(preset).gradWeights[0][0][1];
    const equations = page.getByRole('region', { name: 'Equations', exact: true });
    expect(await equations.innerText()).toContain(formatNumber(gradient).replace('−', '−'));
    expect(await page.locator('.part.pending').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('selects with Enter and Space on a focused parameter, and clears by selecting again', async () => {
    const { page, close } = await openPage(browser(), url('net=visual-derivation&step=2'), {
      reducedMotion: true,
    });
    const bias = page.locator('[data-param="b2[1]"]');
    await bias.focus();
    await page.keyboard.press('Enter');
    expect(await bias.getAttribute('aria-pressed')).toBe('true');
    expect((await tracedNames(page)).params.sort()).toEqual(['W3[0][1]', 'W3[1][1]', 'b2[1]']);
    const weight = page.locator('[data-param="W3[1][0]"]');
    await weight.focus();
    await page.keyboard.press(' ');
    expect(await weight.getAttribute('aria-pressed')).toBe('true');
    expect(await statusText(page)).toMatch(/^Step 2 of/); // Space selected; it did not play
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-traced]').count()).toBe(0);
    await close();
  });

  it('steps with the buttons and with every key of the contract', async () => {
    const { page, errors, close } = await openPage(browser(), url('net=visual-derivation'), {
      reducedMotion: true,
    });
    const n = stepCount;
    await page.getByRole('button', { name: 'Next step', exact: true }).click();
    expect(await statusText(page)).toMatch(new RegExp(`^Step 2 of ${n}: `));
    await page.getByRole('button', { name: 'Previous step', exact: true }).click();
    expect(await statusText(page)).toMatch(/^Step 1 of/);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (const [key, expected] of [
      ['ArrowRight', 2],
      ['PageDown', 3],
      ['ArrowLeft', 2],
      ['PageUp', 1],
      ['End', n],
      ['Home', 1],
    ] as const) {
      await page.keyboard.press(key);
      expect(await statusText(page), key).toMatch(new RegExp(`^Step ${expected} of ${n}: `));
      await expect.poll(() => page.url()).toContain(`step=${expected}`);
    }
    await page.keyboard.press('ArrowLeft');
    expect(await statusText(page)).toMatch(/^Step 1 of/);
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('2');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(' ');
    expect(await page.getByRole('button', { name: 'Pause', exact: true }).count()).toBe(1);
    await page.waitForFunction(
      () => /^Step 2 of/.test(document.querySelector('[role="status"]')?.textContent ?? ''),
      undefined,
      { timeout: 10_000 },
    );
    await page.keyboard.press(' ');
    expect(await page.getByRole('button', { name: 'Play', exact: true }).count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('a copied URL reopens the same step, selection and language in a fresh browser', async () => {
    const first = await openPage(browser(), url('net=visual-derivation'), { reducedMotion: true });
    await first.page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('zh');
    for (let i = 0; i < 6; i++)
      await first.page.getByRole('button', { name: '下一步', exact: true }).click();
    await clickEdge(first.page, 'W2[1][0]');
    await expect.poll(() => first.page.url()).toContain('param=W2[1][0]');
    const copied = await settledUrl(first.page);
    const status = await statusText(first.page);
    await first.close();
    expect(copied).toContain('step=7');
    expect(copied).toContain('param=W2[1][0]');
    expect(copied).toContain('lang=zh');

    const fresh = await launch();
    const second = await openPage(fresh, copied, { reducedMotion: true });
    expect(await statusText(second.page)).toBe(status);
    expect(await second.page.locator('[data-param="W2[1][0]"]').getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await second.page.evaluate(() => document.documentElement.lang)).toBe('zh');
    expect(second.errors).toEqual([]);
    await second.close();
    await fresh.close();
  });

  it('a malformed URL opens the nearest valid view and says what it ignored', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      url('net=nope&step=abc&param=W9[9][9]&lang=fr&zoom=3'),
    );
    const alert = page.getByRole('alert');
    const text = await alert.innerText();
    for (const part of ['"nope"', '"abc"', '"W9[9][9]"', '"fr"', '"zoom"'])
      expect(text).toContain(part);
    expect(await statusText(page)).toMatch(/^Step 1 of \d+: /);
    await expect.poll(() => page.url()).toContain(`net=${presets[0].spec.id}`);
    const tooFar = await openPage(browser(), url('net=visual-derivation&step=99'));
    expect(await statusText(tooFar.page)).toMatch(new RegExp(`^Step ${stepCount} of ${stepCount}`));
    expect(await tooFar.page.getByRole('alert').innerText()).toContain('"99"');
    expect([...errors, ...tooFar.errors]).toEqual([]);
    await tooFar.close();
    await close();
  });

  it('speaks Chinese, its accessible names too, as ui-contract.md lists them', async () => {
    const { page, errors, close } = await openPage(browser(), url('net=visual-derivation&lang=en'));
    // ui-contract.md's table: role, English name, Chinese name.
    const contract = [
      ['combobox', 'Network', '网络'],
      ['button', 'Previous step', '上一步'],
      ['button', 'Next step', '下一步'],
      ['button', 'Play', '播放'],
      ['combobox', 'Language', '语言'],
      ['button', 'Presentation mode', '演示模式'],
      ['region', 'Network graph', '网络图'],
      ['region', 'Equations', '公式'],
    ] as const;
    const count = (role: (typeof contract)[number][0], name: string) =>
      page.getByRole(role, { name, exact: true }).count();
    for (const [role, en] of contract) expect(await count(role, en), en).toBe(1);
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('zh');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh');
    for (const [role, en, zh] of contract) {
      expect(await count(role, zh), zh).toBe(1);
      expect(await count(role, en), en).toBe(0);
    }
    expect(await statusText(page)).toMatch(new RegExp(`^第 1 步，共 ${stepCount} 步：`));
    const next = page.getByRole('button', { name: '下一步', exact: true });
    expect(await next.getAttribute('title')).toBe('下一步 (→)');
    await next.click();
    expect(await statusText(page)).toMatch(/^第 2 步/);
    expect(await page.getByRole('region', { name: '公式', exact: true }).innerText()).toContain(
      deriveNetwork(visual).steps[1].title.zh,
    );
    await page.getByRole('button', { name: '播放', exact: true }).click();
    expect(await count('button', '暂停')).toBe(1);
    await page.getByRole('button', { name: '暂停', exact: true }).click();
    // And back: an English page is read out in English again.
    await page.getByRole('combobox', { name: '语言', exact: true }).selectOption('en');
    for (const [role, en] of contract) expect(await count(role, en), en).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('with reduced motion the trace is complete at once and nothing moves', async () => {
    const { page, close } = await openPage(browser(), url('net=visual-derivation&step=1'), {
      reducedMotion: true,
    });
    await clickEdge(page, 'W1[0][0]');
    const state = await page.evaluate(() => {
      const p = document.querySelector('progress') as HTMLProgressElement;
      return {
        done: p.value === p.max,
        pending: document.querySelectorAll('.part.pending').length,
        dashed: [...document.querySelectorAll('.edge-trace')].filter(
          (e) => (e as SVGElement).style.strokeDasharray !== '',
        ).length,
        lit: document.querySelectorAll('.edge-trace').length,
      };
    });
    expect(state).toEqual({ done: true, pending: 0, dashed: 0, lit: state.lit });
    expect(state.lit).toBeGreaterThan(10);
    await close();
  });

  it('hovering a factor lights its edge, and hovering an edge lights its factors', async () => {
    const { page, close } = await openPage(
      browser(),
      url('net=visual-derivation&step=5&param=W3[0][0]'),
      { reducedMotion: true },
    );
    const factor = page.locator('[data-factor="a3[0]<z3[0]"]').first();
    await factor.hover();
    expect(await page.locator('[data-edge="a3[0]<z3[0]"]').getAttribute('class')).toContain(
      'hovered',
    );
    expect(await page.locator('[data-node="z3[0]"]').getAttribute('class')).toContain('lit');
    const onEdge = await pointOnEdge(page, '[data-edge="e[0]<a3[0]"]', 0.5);
    await page.mouse.move(onEdge.x, onEdge.y);
    const lit = await page
      .locator('.part.factor.hovered')
      .evaluateAll((es) => es.map((e) => e.getAttribute('data-factor')));
    expect(lit.length).toBeGreaterThan(0);
    expect(new Set(lit)).toEqual(new Set(['e[0]<a3[0]']));
    await close();
  });

  it('every weight’s number is drawn over every edge, traced and gradient-thick ones too', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      url('net=jacobian-xor&step=5&param=W1[2][0]'),
      { reducedMotion: true },
    );
    await page.getByRole('checkbox', { name: 'Show gradients' }).check();
    await expect.poll(() => page.locator('.edge.grad-pos, .edge.grad-neg').count()).toBe(12);
    // SVG paints in document order: what comes later is drawn over what came before.
    const order = await page.evaluate(() => {
      const edges = [...document.querySelectorAll('svg.graph [data-edge]')];
      const labels = [...document.querySelectorAll('svg.graph .edge-label')];
      const last = edges.at(-1);
      return {
        labels: labels.length,
        allAfter:
          last !== undefined &&
          labels.every((l) => last.compareDocumentPosition(l) & Node.DOCUMENT_POSITION_FOLLOWING),
        inAnEdge: labels.filter((l) => l.closest('[data-edge]')).length,
      };
    });
    expect(order).toEqual({ labels: 12, allAfter: true, inAnEdge: 0 });
    // The number stays in its weight's accessible name.
    expect(await page.locator('[data-param="W1[2][0]"]').getAttribute('aria-label')).toMatch(
      /^weight W1\[2\]\[0\] = −0\.85, ∂J\/∂w = /,
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('presentation mode: f turns it on, Escape leaves, the button says which', async () => {
    const { page, close } = await openPage(browser(), url('net=visual-derivation'), {
      width: 1920,
      height: 1080,
    });
    const button = page.getByRole('button', { name: 'Presentation mode', exact: true });
    await page.keyboard.press('f');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.graph-tools').isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await close();
  });

  it('presentation mode reads from the back of a room at 1920 × 1080: large type, no side chrome', async () => {
    const { page, close } = await openPage(browser(), url('net=visual-derivation&step=8&lang=zh'), {
      width: 1920,
      height: 1080,
      reducedMotion: true,
    });
    await page.keyboard.press('f');
    const sizes = await page.evaluate(() => {
      const px = (el: Element | null) =>
        el ? Number.parseFloat(getComputedStyle(el).fontSize) : 0;
      // SVG text is scaled with the drawing: its size on screen is font size × scale.
      const svgPx = (el: SVGGraphicsElement | null) =>
        el ? px(el) * (el.getScreenCTM()?.a ?? 1) : 0;
      return {
        status: px(document.querySelector('[role="status"]')),
        narration: px(document.querySelector('.narration')),
        equation: px(document.querySelector('.equation-grid .katex')),
        nodeValue: svgPx(document.querySelector<SVGGraphicsElement>('.node-value')),
        nodeSymbol: svgPx(document.querySelector<SVGGraphicsElement>('.node-symbol')),
      };
    });
    expect(sizes.status).toBeGreaterThanOrEqual(22);
    expect(sizes.narration).toBeGreaterThanOrEqual(22);
    expect(sizes.equation).toBeGreaterThanOrEqual(30);
    expect(sizes.nodeValue).toBeGreaterThanOrEqual(18);
    expect(sizes.nodeSymbol).toBeGreaterThanOrEqual(22);
    for (const chrome of ['.graph-tools', '.training', '.legend', '.work-tools', '.speed'])
      expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
    await close();
  });
  it('on a phone the graph starts readable at its inputs; "Fit graph" shows it whole', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      url('net=visual-derivation&step=1&lang=en'),
      { width: 390, height: 844, reducedMotion: true },
    );
    // The on-screen size of a node's value (SVG text scales with the drawing and its zoom).
    const valuePx = () =>
      page.evaluate(() => {
        const el = document.querySelector<SVGGraphicsElement>('[data-node="x[0]"] .node-value');
        return el
          ? Number.parseFloat(getComputedStyle(el).fontSize) * (el.getScreenCTM()?.a ?? 0)
          : 0;
      });
    await expect.poll(valuePx).toBeGreaterThanOrEqual(10);
    const canvas = await page.locator('svg.graph').boundingBox();
    const loss = await page.locator('[data-node="E"] circle').boundingBox();
    const input = await page.locator('[data-node="x[0]"] circle').boundingBox();
    if (!canvas || !loss || !input) throw new Error('graph not drawn');
    expect(input.x).toBeGreaterThanOrEqual(canvas.x);
    expect(loss.x).toBeGreaterThan(canvas.x + canvas.width); // further right: pan to it
    await page.getByRole('button', { name: 'Fit graph', exact: true }).click();
    await expect.poll(valuePx).toBeLessThan(10);
    const whole = await page.locator('[data-node="E"] circle').boundingBox();
    expect((whole?.x ?? Number.POSITIVE_INFINITY) + (whole?.width ?? 0)).toBeLessThanOrEqual(
      canvas.x + canvas.width,
    );
    expect(errors).toEqual([]);
    await close();
  });
});
