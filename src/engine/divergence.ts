/**
 * When gradient descent has gone wrong: the loss is no longer a finite number, or it has grown
 * so far past where the run began that the run is diverging rather than learning.
 */

/** A loss this many times the run's first loss means the steps are too long (η too large). */
export const EXPLODE_FACTOR = 1e6;

export type Divergence =
  /** J is ∞ or NaN after `step`: the numbers of that step are useless. */
  | { kind: 'overflow'; step: number; loss: number }
  /** J grew from `start` (before the run's first step) to `loss` after `step`. */
  | { kind: 'explode'; step: number; loss: number; start: number };

/**
 * Judges J after `step` steps of a run whose J was `start` before its first step; null while
 * the run is sound. A run that starts at J = 0 has nothing to be a multiple of.
 */
export function divergence(start: number, loss: number, step: number): Divergence | null {
  if (!Number.isFinite(loss)) return { kind: 'overflow', step, loss };
  if (start > 0 && loss > EXPLODE_FACTOR * start) return { kind: 'explode', step, loss, start };
  return null;
}
