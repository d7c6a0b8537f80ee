/**
 * Where a training run stopped being finite, as one line: the step, and the first quantity of
 * it that overflowed — in the network before the step (its gradient), in the update
 * θ − η·∂J/∂θ itself, or in the network after it. The run is replayed up to the step before, so
 * the run itself keeps no record it does not need.
 */

import { paramName } from '../engine/names.ts';
import { firstNonFinite } from '../engine/nonFinite.ts';
import { allParams, paramValue } from '../engine/params.ts';
import type { NetworkSpec } from '../engine/spec.ts';
import { gradientOf, trace } from '../engine/trace.ts';
import { gradientStep, train } from '../engine/train.ts';
import { describeNonFinite, notFinite } from './nonFiniteMessage.ts';

/** `loss[step]`, the loss after `step` steps, is the first that is not finite. */
export function divergenceMessage(
  file: string,
  spec: NetworkSpec,
  lr: number,
  step: number,
  loss: number,
): string {
  const where = locate(spec, lr, step);
  const first = `${file}: training diverged: the loss became ${loss} after step ${step}`;
  return `${first}${where ? `; first ${where}` : ''}; try a smaller --lr`;
}

function locate(spec: NetworkSpec, lr: number, step: number): string | undefined {
  // Step 0 is the network as given, which train.ts has already checked whole.
  if (step === 0) return undefined;
  const before = step === 1 ? spec : train(spec, lr, step - 1).spec;
  const t = trace(before);
  const inGradient = firstNonFinite(t);
  if (inGradient) return `in the network before step ${step}, ${describeNonFinite(inGradient)}`;
  const after = gradientStep(before, lr).spec;
  for (const p of allParams(before)) {
    const moved = paramValue(after, p);
    if (Number.isFinite(moved)) continue;
    const name = paramName(p);
    return `in step ${step}, the update ${name} − η·∂J/∂${name} = ${paramValue(before, p)} − ${lr} × ${gradientOf(t, p)}: ${notFinite(moved)}`;
  }
  const inAfter = firstNonFinite(trace(after));
  return inAfter && `after step ${step}, ${describeNonFinite(inAfter)}`;
}
