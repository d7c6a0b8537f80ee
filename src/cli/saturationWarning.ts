/**
 * The warning `train` prints when a run has left sigmoid or tanh layers saturated: every number
 * is finite, the loss just stops moving, and without a word the output would look like a
 * network that has learned all it can.
 */

import { flatSince, saturatedLayers } from '../engine/saturation.ts';
import type { Trace } from '../engine/trace.ts';

/** One line for stderr, or undefined when no layer is saturated. */
export function saturationWarning(
  file: string,
  after: Trace,
  loss: readonly number[],
): string | undefined {
  const layers = saturatedLayers(after);
  if (layers.length === 0) return undefined;
  const names = layers.map((s) => `${s.layer} (${s.activation})`);
  const list =
    names.length === 1
      ? `layer ${names[0]}`
      : `layers ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const minAbsZ = Math.min(...layers.map((s) => s.minAbsZ));
  const flat = flatSince(loss);
  const stopped = flat < loss.length - 1 ? `; the loss has not changed since step ${flat}` : '';
  return `${file}: warning: training left ${list} saturated: |z| ≥ ${minAbsZ.toPrecision(3)} in every unit and sample, where the slope is under 1e-6 of its largest, so almost no gradient passes through${stopped}; a smaller --lr may avoid it`;
}
