/** The gradient-descent update of one parameter, and the loss before and after a full step. */

import type { ParamRef } from '../engine/names.ts';
import { gradientOf, type Trace } from '../engine/trace.ts';
import { gradientStep } from '../engine/train.ts';
import { DEFAULT_NOTATION, type Notation, partial } from './notation.ts';
import { num, tex } from './parts.ts';
import type { Equation } from './types.ts';

/** θ ← θ − η ∂J/∂θ for one parameter, and the loss before and after a full step. */
export function updateRows(
  t: Trace,
  p: ParamRef,
  learningRate: number,
  n: Notation = DEFAULT_NOTATION,
): Equation[] {
  const value =
    p.kind === 'weight'
      ? t.spec.weights[p.layer - 1][p.row][p.col]
      : (t.spec.biases?.[p.layer - 1][p.row] ?? 0);
  const g = gradientOf(t, p);
  const after = gradientStep(t.spec, learningRate).spec;
  const next =
    p.kind === 'weight'
      ? after.weights[p.layer - 1][p.row][p.col]
      : (after.biases?.[p.layer - 1][p.row] ?? 0);
  const afterLoss = gradientStep(after, learningRate).lossBefore;
  const theta = n.param(p);
  return [
    {
      kind: 'symbolic',
      lhs: [tex(theta)],
      rel: '\\leftarrow',
      rhs: [tex(`${theta} - \\eta\\,${partial(n.J, theta)}`)],
    },
    {
      kind: 'substituted',
      lhs: [],
      rel: '=',
      rhs: [
        num(value),
        tex('-'),
        num(learningRate),
        tex('\\cdot'),
        num(g, { paren: true }),
        tex('='),
        num(next),
      ],
      value: next,
      terms: [[value], [-learningRate, g]],
    },
    {
      kind: 'general',
      lhs: [tex(n.layered('W', 0))],
      rel: '\\leftarrow',
      rhs: [tex(`${n.layered('W', 0)} - \\eta\\,${partial(n.J, n.layered('W', 0))}`)],
    },
    {
      kind: 'value',
      lhs: [tex(n.J)],
      rel: ':',
      rhs: [num(t.loss), tex('\\;\\longrightarrow\\;'), num(afterLoss)],
      value: afterLoss,
    },
  ];
}
