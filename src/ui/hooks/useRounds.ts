import { startTransition, useCallback, useState } from 'react';
import { afterPaint } from './afterPaint.ts';

/**
 * A round counter for work drawn a little at a time: `next()` moves to the next round once the
 * frame showing this one has been painted, as a transition (a key press goes first). Returns
 * the round and `next` (the same function every time; it returns a cancel function, for an
 * effect's cleanup).
 */
export function useRounds(): [number, () => () => void] {
  const [round, setRound] = useState(0);
  const next = useCallback(
    () => afterPaint(() => startTransition(() => setRound((r) => r + 1))),
    [],
  );
  return [round, next];
}
