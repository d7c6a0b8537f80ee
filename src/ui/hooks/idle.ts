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
