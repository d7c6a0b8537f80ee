/**
 * Training in the page, measured in Chromium: 3000 steps of the XOR preset through the training
 * panel, timing the run and recording the longest main-thread task meanwhile.
 */

import { launchChromium } from './chromium.ts';
import { longTasksSeen, watchLongTasks } from './longTasks.ts';

export interface TrainingResult {
  steps: number;
  ms: number;
  longestTask: number;
  longTasks: number;
}

export async function measureTraining(baseUrl: string, steps = 3000): Promise<TrainingResult> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${baseUrl}?net=jacobian-xor&step=1&lang=en`);
    await page.locator('[data-node="E"]').waitFor();
    await page.getByText('Train this network').click();
    await page.getByRole('textbox', { name: 'Learning rate η' }).fill('1');
    await page.getByRole('textbox', { name: 'Steps' }).fill(String(steps));
    await watchLongTasks(page);
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByRole('button', { name: 'Run', exact: true }).waitFor({ timeout: 120_000 });
    const ms = Date.now() - t0;
    const tasks = await longTasksSeen(page);
    return { steps, ms, longestTask: Math.max(0, ...tasks), longTasks: tasks.length };
  } finally {
    await browser.close();
  }
}
