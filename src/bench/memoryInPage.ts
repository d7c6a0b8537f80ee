/**
 * The page's JS heap over a long training run, measured in Chromium through the DevTools protocol
 * (HeapProfiler.collectGarbage, then Runtime.getHeapUsage): performance.measureUserAgentSpecificMemory
 * needs cross-origin isolation, which a static site does not have. The floor is the same page idle
 * for as long beside it (in its own tab), with the training panel open. Training is jacobian-xor through the panel, one run of
 * the largest step count the panel takes after another, until the time is up.
 *
 * Alone: `npx tsx src/bench/memoryInPage.ts [seconds]` (default 120) builds, serves and measures.
 */

import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { REPO_ROOT } from '../cli/contentFiles.ts';
import { launchChromium } from './chromium.ts';
import { buildAndServe } from './preview.ts';

export interface MemoryResult {
  seconds: number;
  /** Heap used after a forced collection, in bytes. */
  idleBefore: number;
  idleAfter: number;
  trainingBefore: number;
  trainingAfter: number;
  /** Heap after a forced collection every `sampleSeconds` of training. */
  trainingSamples: number[];
  runs: number;
  steps: number;
}

/** Seconds of training the bench measures: BENCH_TRAINING_SECONDS, or 120. */
export function trainingSeconds(): number {
  const s = Number(process.env.BENCH_TRAINING_SECONDS);
  return Number.isFinite(s) && s > 0 ? s : 120;
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  // Twice: the first collection can leave garbage that finalizers free for the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function openTraining(page: Page, baseUrl: string): Promise<CDPSession> {
  await page.goto(`${baseUrl}?net=jacobian-xor&step=1&lang=en`);
  await page.locator('[data-node="E"]').waitFor();
  await page.getByText('Train this network').click();
  await page.getByRole('textbox', { name: 'Learning rate η' }).fill('1');
  await page.getByRole('textbox', { name: 'Steps' }).fill('100000');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  return cdp;
}

export async function measureMemory(
  baseUrl: string,
  seconds = trainingSeconds(),
  sampleSeconds = Math.max(10, seconds / 10),
): Promise<MemoryResult> {
  const browser = await launchChromium();
  try {
    const idle = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const idleCdp = await openTraining(idle, baseUrl);
    const idleBefore = await heapUsed(idleCdp);

    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const cdp = await openTraining(page, baseUrl);
    const trainingBefore = await heapUsed(cdp);
    const run = page.getByRole('button', { name: 'Run', exact: true });
    const hold = page.getByRole('button', { name: 'Hold', exact: true });
    const end = Date.now() + seconds * 1000;
    let nextSample = Date.now() + sampleSeconds * 1000;
    const trainingSamples: number[] = [];
    let runs = 0;
    let steps = 0;
    while (Date.now() < end) {
      await run.click();
      runs++;
      // A run ends by itself (Run comes back) or is held when the time is up.
      while (Date.now() < end && !(await run.isVisible())) {
        await page.waitForTimeout(250);
        if (Date.now() >= nextSample) {
          trainingSamples.push(await heapUsed(cdp));
          nextSample += sampleSeconds * 1000;
        }
      }
      if (!(await run.isVisible())) await hold.click();
      steps += Number(await page.locator('.training-curve').getAttribute('data-steps'));
    }
    await run.waitFor();
    const trainingAfter = await heapUsed(cdp);
    const idleAfter = await heapUsed(idleCdp);
    return {
      seconds,
      idleBefore,
      idleAfter,
      trainingBefore,
      trainingAfter,
      trainingSamples,
      runs,
      steps,
    };
  } finally {
    await browser.close();
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The result as lines for the bench's report. */
export function memoryLines(r: MemoryResult): string[] {
  return [
    `  idle for ${r.seconds} s (the floor): ${mb(r.idleBefore)} → ${mb(r.idleAfter)} (${mb(r.idleAfter - r.idleBefore)})`,
    `  training for ${r.seconds} s (${r.runs} runs, ${r.steps.toLocaleString('en')} steps): ${mb(r.trainingBefore)} → ${mb(r.trainingAfter)} (${mb(r.trainingAfter - r.trainingBefore)})`,
    `    meanwhile: ${r.trainingSamples.map(mb).join(', ') || 'no samples'}`,
  ];
}

if (process.argv[1]?.endsWith('memoryInPage.ts')) {
  const seconds = Number(process.argv[2]) || trainingSeconds();
  const { url, server } = await buildAndServe(join(REPO_ROOT, '.bench', 'dist-memory'));
  try {
    const r = await measureMemory(url, seconds);
    process.stdout.write(
      `JS heap in Chromium after a forced collection (jacobian-xor trained through the panel)\n${memoryLines(r).join('\n')}\n`,
    );
  } finally {
    await server.close();
  }
}
