import { startTransition, useEffect, useState } from 'react';
import { afterPaint } from './afterPaint.ts';

/**
 * `value`, caught up only after the frame that shows the change has been painted (afterPaint):
 * for work that a key press's own frame should not wait for. A newer value before then starts
 * the wait again; while `ready` is false the old value stays.
 */
export function useSettled<T>(value: T, ready = true): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (!ready || Object.is(settled, value)) return;
    return afterPaint(() => startTransition(() => setSettled(() => value)));
  }, [value, settled, ready]);
  return settled;
}
