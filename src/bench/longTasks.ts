/** Long tasks (> 50 ms) in a page, collected by the browser's own PerformanceObserver. */

import type { Page } from 'playwright-core';

type Collecting = { longTasks: number[] };

/** Starts collecting the page's long tasks; a new page load starts over. */
export function watchLongTasks(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as Collecting;
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
}

/** The durations (ms) of the long tasks seen since watchLongTasks. */
export function longTasksSeen(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as Collecting).longTasks);
}
