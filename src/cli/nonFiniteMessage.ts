/**
 * How the command line names a number that is not finite: which quantity, in the names of
 * network-spec.md §3 (z2[0], a1[1], W1[0][0]) and of which sample, and what became of it. JSON
 * would print such a number as null, so the commands refuse it instead, in one line.
 */

import { nodeName, paramName } from '../engine/names.ts';
import type { NonFinite, TraceQuantity } from '../engine/nonFinite.ts';

/** `z2[0] of sample 1`, `∂J/∂W1[0][0]`, `the loss J`… */
export function quantityName(q: TraceQuantity): string {
  switch (q.kind) {
    case 'z':
    case 'a':
      return `${nodeName[q.kind](q.layer, q.unit)} of sample ${q.sample}`;
    case 'dAdZ':
      return `∂${nodeName.a(q.layer, q.unit)}/∂${nodeName.z(q.layer, q.of)} of sample ${q.sample}`;
    case 'error':
      return `the error term ${nodeName.e(q.unit)} of sample ${q.sample}`;
    case 'sampleLoss':
      return `the loss J_${q.sample} of sample ${q.sample}`;
    case 'penalty':
      return 'the L2 term (λ/2m)·ΣW²';
    case 'loss':
      return 'the loss J';
    case 'dJdA':
      return `∂J_${q.sample}/∂${nodeName.a(q.layer, q.unit)} of sample ${q.sample}`;
    case 'delta':
      return `δ${q.layer}[${q.unit}] = ∂J_${q.sample}/∂${nodeName.z(q.layer, q.unit)} of sample ${q.sample}`;
    case 'gradient':
      return `the gradient ∂J/∂${paramName(q.param)}`;
  }
}

/** What happened to a value that is not finite. */
export function notFinite(value: number): string {
  return Number.isNaN(value)
    ? 'not a finite number (NaN: a step of it met ∞ − ∞ or 0·∞ after an overflow)'
    : `not a finite number (it overflowed to ${value}; a double holds at most ±1.8e308)`;
}

/** `z2[0] of sample 1: not a finite number (it overflowed to Infinity; …)`. */
export function describeNonFinite({ quantity, value }: NonFinite): string {
  return `${quantityName(quantity)}: ${notFinite(value)}`;
}
