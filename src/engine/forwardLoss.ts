/**
 * J of a spec from the forward pass alone — no local derivative, no δ — with every unit's input
 * z: what the gradient check evaluates four times per parameter it checks. The same sums in the
 * same order as trace(), so J is trace()'s to the last bit, at the cost of one pass over the
 * weights per sample.
 */

import { activate } from './activations.ts';
import { scalingOf } from './gradients.ts';
import { errorTerms } from './losses.ts';
import type { NetworkSpec } from './spec.ts';

export interface ForwardLoss {
  /** J = (1/m or 1)·Σ_b J_b + (λ/2m)·Σ W², as Trace.loss. */
  loss: number;
  /** z[b][l − 1][j] = z⁽ˡ⁾_j of sample b. */
  z: number[][][];
}

export function forwardLoss(spec: NetworkSpec): ForwardLoss {
  const L = spec.layers.length - 1;
  const z: number[][][] = [];
  let sum = 0;
  for (const { x, y } of spec.samples) {
    const zs: number[][] = [];
    let prev: readonly number[] = x;
    for (let l = 1; l <= L; l++) {
      const W = spec.weights[l - 1];
      const b = spec.biases?.[l - 1];
      const zl = new Array<number>(W.length);
      for (let j = 0; j < W.length; j++) {
        const row = W[j];
        let s = b ? b[j] : 0;
        for (let k = 0; k < row.length; k++) s += row[k] * prev[k];
        zl[j] = s;
      }
      zs.push(zl);
      prev = activate(spec.activations[l - 1], zl);
    }
    let sampleLoss = 0;
    for (const e of errorTerms(spec.loss, zs[L - 1], prev, y)) sampleLoss += e;
    sum += sampleLoss;
    z.push(zs);
  }
  const scale = scalingOf(spec);
  return { loss: scale.dataLoss(sum) + scale.penalty(spec.weights), z };
}
