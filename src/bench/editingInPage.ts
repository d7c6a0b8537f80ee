/**
 * Editing in the page, measured in Chromium: a weight of each preset typed in its editor and
 * applied with Enter, twenty times, everything re-deriving each time. Reports the Enter key's
 * time to the next frame (Chromium's EventTiming records) and the long tasks meanwhile.
 */

import { launchChromium } from './chromium.ts';
import { longTasksSeen, watchLongTasks } from './longTasks.ts';
import { keydownDurations, type Percentiles, percentiles } from './stepLatency.ts';

export interface EditingResult extends Percentiles {
  edits: number;
  longTasks: number;
  longestTask: number;
}

export async function measureEditing(
  baseUrl: string,
  ids: string[],
  edits = 20,
): Promise<EditingResult> {
  const browser = await launchChromium();
  const durations: number[] = [];
  const tasks: number[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    for (const id of ids) {
      await page.goto(`${baseUrl}?net=${id}&lang=en&param=W1[0][0]`);
      // The link traces the weight; picking it (Enter on its edge) opens its field.
      const weight = page.locator('[data-param="W1[0][0]"]');
      await weight.focus();
      await weight.press('Enter');
      const field = page.getByRole('textbox', { name: 'Value of W1[0][0]' });
      await field.waitFor();
      // The Enter that opened the field is done with before the trace starts.
      await page.waitForTimeout(300);
      await watchLongTasks(page);
      await browser.startTracing(page, { categories: ['devtools.timeline'] });
      for (let i = 0; i < edits; i++) {
        await field.fill(String(0.1 + i / 100));
        // Enter applies the value; the field stays open for the next one.
        await field.press('Enter');
        await page.waitForTimeout(120);
      }
      durations.push(...keydownDurations(await browser.stopTracing(), 'Enter'));
      tasks.push(...(await longTasksSeen(page)));
    }
  } finally {
    await browser.close();
  }
  return {
    edits: durations.length,
    ...percentiles(durations),
    longTasks: tasks.length,
    longestTask: Math.max(0, ...tasks),
  };
}
