/** Exports from the page: derivation as LaTeX and Markdown, the graph as SVG and PNG, a handout. */

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readContentDir } from '../../src/cli/contentFiles.ts';
import { readPresets } from '../../src/content/read.ts';
import { deriveNetwork } from '../../src/state/derived.ts';
import { fileBrowser, openPage } from './chromium.ts';

const base = inject('baseUrl');
const visual = readPresets(readContentDir()).presets.find((p) => p.spec.id === 'visual-derivation');
const browser = fileBrowser();

async function exported(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByText('Export…').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: item }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) as string) };
}

describe('exporting', () => {
  it('the derivation as LaTeX and Markdown, the graph as SVG and PNG', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `${base}?net=visual-derivation&step=1&lang=en`,
      { reducedMotion: true },
    );
    const latex = await exported(page, 'Derivation as LaTeX');
    expect(latex.name).toBe('visual-derivation.tex');
    expect(latex.bytes.toString()).toMatch(
      /^\\documentclass\{article\}[\s\S]*\\begin\{align\*\}[\s\S]*\\end\{document\}/,
    );
    const md = await exported(page, 'Derivation as Markdown');
    expect(md.bytes.toString()).toMatch(/^# Seed 003/);
    const svg = await exported(page, 'Graph as SVG');
    const text = svg.bytes.toString();
    expect(text).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toContain('data-node="E"');
    const png = await exported(page, 'Graph as PNG');
    expect([...png.bytes.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(png.bytes.length).toBeGreaterThan(5000);
    expect(errors).toEqual([]);
    await close();
  });

  it('a printed handout holds every step, and only the handout prints', async () => {
    const { page, close } = await openPage(browser(), `${base}?net=visual-derivation&lang=zh`, {
      reducedMotion: true,
    });
    await page.getByText('导出…').click();
    await page.getByRole('button', { name: '打印讲义' }).click();
    await page.emulateMedia({ media: 'print' });
    const steps = visual ? deriveNetwork(visual).steps.length : 0;
    await page.locator('.print-handout').waitFor({ state: 'attached' });
    expect(await page.locator('.print-handout .print-step').count()).toBe(steps);
    expect(await page.locator('.print-handout').isVisible()).toBe(true);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.print-handout .katex').count()).toBeGreaterThan(50);
    await close();
  });
});
