/** The gradient-descent update of one parameter, and the loss before and after a full step. */

import type { ParamRef } from '../engine/names.ts';
import { paramValue } from '../engine/params.ts';
import type { Trace } from '../engine/trace.ts';
import { gradientStep } from '../engine/train.ts';
import { type Expr, expressionRows, leaf, product } from './expression.ts';
import { leavesOf } from './leaves.ts';
import { DEFAULT_NOTATION, type Notation, partial } from './notation.ts';
import { num, tex } from './parts.ts';
import type { Quantity } from './quantity.ts';
import type { Equation } from './types.ts';

/** θ ← θ − η ∂J/∂θ for one parameter, and the loss before and after a full step. */
export function updateRows(
  t: Trace,
  p: ParamRef,
  learningRate: number,
  n: Notation = DEFAULT_NOTATION,
): Equation[] {
  const v = leavesOf(t, n);
  const theta = v.param(p);
  const after = gradientStep(t.spec, learningRate).spec;
  const next = paramValue(after, p);
  const afterLoss = gradientStep(after, learningRate).lossBefore;
  const eta = leaf({ symbol: '\\eta', value: learningRate, of: { q: 'learningRate' } });
  const step: Expr = {
    sum: [{ term: leaf(theta) }, { term: product([eta, leaf(v.gradient(p))], true), minus: true }],
  };
  const stepped: Quantity = { q: 'stepped', param: p };
  const [symbolicRow, numbers] = expressionRows([tex(theta.symbol, { of: stepped })], step, {
    value: next,
    of: { q: 'stepped', param: p },
  });
  return [
    { ...symbolicRow, rel: '\\leftarrow' },
    numbers,
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
      rhs: [
        num(t.loss, { of: { q: 'loss' } }),
        tex('\\;\\longrightarrow\\;'),
        num(afterLoss, { of: { q: 'steppedLoss' } }),
      ],
      value: afterLoss,
    },
  ];
}
