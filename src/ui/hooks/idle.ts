/** Work for the browser's idle time. */

import { afterPaint } from './afterPaint.ts';

/** requestIdleCallback where the browser has it, else a short timer. */
export function requestIdle(run: (deadline?: IdleDeadline) => void, timeoutMs = 100): number {
  return typeof requestIdleCallback === 'function'
    ? requestIdleCallback(run, { timeout: timeoutMs })
    : window.setTimeout(run, Math.min(50, timeoutMs));
}

export function cancelIdle(handle: number): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else window.clearTimeout(handle);
}

/**
 * Runs `run` in idle time once the frame showing the current change has been shown (afterPaint:
 * idle time otherwise starts while that frame is still being drawn), and again in the next idle
 * period for as long as it returns true. Returns a cancel function.
 */
export function whenIdle(
  run: (deadline?: IdleDeadline) => boolean,
  timeoutMs?: number,
): () => void {
  let handle = 0;
  const next = (deadline?: IdleDeadline) => {
    if (run(deadline)) handle = requestIdle(next, timeoutMs);
  };
  const cancel = afterPaint(() => {
    handle = requestIdle(next, timeoutMs);
  });
  return () => {
    cancel();
    cancelIdle(handle);
  };
}
