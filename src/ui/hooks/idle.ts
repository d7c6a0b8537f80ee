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

/**
 * Runs `pieces` from index `from` for one idle call: at least one piece (an idle period can be
 * too short for any, and the work must still end), then more while the call has run under
 * `sliceMs` and the browser's deadline leaves over 2 ms. The browser may offer up to 50 ms, but
 * a key pressed meanwhile waits for the call to end. Returns the index to go on from.
 */
export function runPieces(
  pieces: readonly (() => void)[],
  from: number,
  deadline: IdleDeadline | undefined,
  sliceMs: number,
  now: () => number = () => performance.now(),
): number {
  let i = from;
  if (i >= pieces.length) return i;
  const until = now() + sliceMs;
  do pieces[i++]();
  while (i < pieces.length && now() < until && (!deadline || deadline.timeRemaining() > 2));
  return i;
}
