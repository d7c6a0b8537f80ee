/** axe-core, run in the page against WCAG 2.2 A and AA; returns one line per violation and node. */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeResult {
  violations: {
    id: string;
    help: string;
    nodes: { target: string[]; failureSummary?: string }[];
  }[];
}

/** WCAG 2.2 A and AA; `rules` instead runs only the rules named (e.g. AAA's 7:1 contrast). */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // Evaluated from outside, not added as an inline <script>, which the page's policy refuses.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = rules
    ? { type: 'rule', values: rules }
    : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] };
  const result = (await page.evaluate(
    (only) =>
      (window as unknown as { axe: { run(o: unknown): Promise<unknown> } }).axe.run({
        runOnly: only,
      }),
    runOnly,
  )) as AxeResult;
  return result.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id}: ${v.help} — ${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ')})` : ''}`,
    ),
  );
}
