/**
 * Step latency and long tasks in real Chromium: for every preset, press → through every step
 * (trace animations running) and measure, in the page, from the key event to the frame after
 * the next paint; a PerformanceObserver collects long tasks (> 50 ms) meanwhile.
 */

import { launchChromium } from './chromium.ts';

export interface SteppingResult {
  presses: number;
  p50: number;
  p95: number;
  max: number;
  longTasks: number;
  longestTask: number;
}

export async function measureStepping(baseUrl: string, ids: string[]): Promise<SteppingResult> {
  const browser = await launchChromium();
  const latencies: number[] = [];
  const longTasks: number[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    for (const id of ids) {
      await page.goto(`${baseUrl}?net=${id}&step=1&lang=en`);
      await page.locator('[data-node="E"]').waitFor();
      await page.evaluate(() => {
        const w = window as unknown as { latencies: number[]; longTasks: number[] };
        w.latencies = [];
        w.longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.longTasks.push(e.duration);
        }).observe({ type: 'longtask' });
        window.addEventListener(
          'keydown',
          (e) => {
            const start = e.timeStamp;
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => w.latencies.push(performance.now() - start);
              channel.port2.postMessage(null);
            });
          },
          { capture: true },
        );
      });
      const total = Number(
        /of (\d+)/.exec((await page.getByRole('status').textContent()) ?? '')?.[1] ?? 1,
      );
      for (let i = 1; i < total; i++) {
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction(
          (n) => document.querySelector('[role="status"]')?.textContent?.startsWith(`Step ${n} `),
          i + 1,
        );
        await page.waitForTimeout(120);
      }
      const result = await page.evaluate(() => {
        const w = window as unknown as { latencies: number[]; longTasks: number[] };
        return { latencies: w.latencies, longTasks: w.longTasks };
      });
      latencies.push(...result.latencies);
      longTasks.push(...result.longTasks);
    }
  } finally {
    await browser.close();
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  return {
    presses: latencies.length,
    p50: at(0.5),
    p95: at(0.95),
    max: latencies.at(-1) ?? Number.NaN,
    longTasks: longTasks.length,
    longestTask: Math.max(0, ...longTasks),
  };
}
