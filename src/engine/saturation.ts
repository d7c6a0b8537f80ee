/**
 * Saturated layers: a sigmoid or tanh layer whose every unit, in every sample, sits so far out
 * on a flat tail that its local slope ∂a/∂z is all but 0. Every δ below it is multiplied by that
 * slope, so gradient descent stops moving the weights beneath it and the loss goes flat, with
 * nothing wrong in any single number. Too large a learning rate leaves a network like this.
 */

import { ACTIVATION } from './activations.ts';
import type { Activation } from './spec.ts';
import type { Trace } from './trace.ts';

/** The largest slope of each squashing activation: σ′(0) = 1/4, tanh′(0) = 1. */
const LARGEST_SLOPE: Partial<Record<Activation, number>> = { sigmoid: 0.25, tanh: 1 };

/**
 * A unit counts as saturated where its slope is below this fraction of the largest: |z| past
 * about 15 for σ and 7.3 for tanh, where a step through it keeps a millionth of the gradient.
 */
export const SATURATED_SLOPE = 1e-6;

export interface SaturatedLayer {
  /** l, from 1. */
  layer: number;
  activation: Activation;
  /** The smallest |z⁽ˡ⁾_j| over the layer's units and the samples. */
  minAbsZ: number;
}

/** Every sigmoid or tanh layer saturated in all its units and all samples. */
export function saturatedLayers(t: Trace): SaturatedLayer[] {
  const out: SaturatedLayer[] = [];
  t.spec.activations.forEach((activation, i) => {
    const largest = LARGEST_SLOPE[activation];
    const slope = ACTIVATION[activation].slope;
    if (largest === undefined || slope === undefined) return;
    let minAbsZ = Number.POSITIVE_INFINITY;
    for (const s of t.samples) {
      const { z, a } = s.layers[i];
      for (let j = 0; j < z.length; j++) {
        if (!(slope(z[j], a[j]) < SATURATED_SLOPE * largest)) return;
        minAbsZ = Math.min(minAbsZ, Math.abs(z[j]));
      }
    }
    out.push({ layer: i + 1, activation, minAbsZ });
  });
  return out;
}

/**
 * The first step from which the loss stays where it ends, to 1e-12 of itself: `loss.length − 1`
 * when it still moved on the last step.
 */
export function flatSince(loss: readonly number[]): number {
  const last = loss[loss.length - 1];
  const tolerance = 1e-12 * Math.abs(last);
  let s = loss.length - 1;
  while (s > 0 && Math.abs(loss[s - 1] - last) <= tolerance) s--;
  return s;
}
