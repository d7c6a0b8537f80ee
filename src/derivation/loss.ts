/** The loss rows: each output's error term, their total E, and J with its reduction and L2 term. */

import { LOSS } from '../engine/losses.ts';
import type { Trace } from '../engine/trace.ts';
import { expressionRow, leaf, sum } from './expression.ts';
import { leavesOf } from './leaves.ts';
import { DEFAULT_NOTATION, type Notation } from './notation.ts';
import { num, tex } from './parts.ts';
import type { Quantity } from './quantity.ts';
import type { Equation } from './types.ts';

/** e_k for each output, E = Σ_k e_k, and J with its reduction and L2 term. */
export function lossRows(t: Trace, n: Notation = DEFAULT_NOTATION): Equation[] {
  const { spec } = t;
  const s = t.samples[0];
  const L = spec.layers.length - 1;
  const K = spec.layers[L];
  const v = leavesOf(t, n);
  const { term } = LOSS[spec.loss];
  const rows: Equation[] = [];
  s.errors.forEach((_, k) => {
    const [a, y, e] = [v.a(L, k), v.y(k), v.e(k)];
    const put = (q: 'a' | 'y') => (q === 'a' ? a : y);
    rows.push({
      kind: 'symbolic',
      lhs: [tex(e.symbol, { of: e.of })],
      rel: '=',
      rhs: term((q) => tex(put(q).symbol, { of: put(q).of }), tex, K),
    });
    rows.push({
      kind: 'value',
      lhs: [],
      rel: '=',
      rhs: [
        ...term((q, grouped) => num(put(q).value, { of: put(q).of, paren: grouped }), tex, K),
        tex('='),
        num(e.value, { of: e.of }),
      ],
      value: e.value,
    });
  });
  const total: Quantity = { q: 'sampleLoss', sample: 0 };
  rows.push(
    expressionRow([tex(n.E, { of: total })], sum(s.errors.map((_, k) => leaf(v.e(k)))), {
      value: s.loss,
      of: total,
    }),
  );
  const m = spec.samples.length;
  const lambda = spec.regularization?.l2 ?? 0;
  if (m > 1 || lambda > 0) {
    const scale = spec.reduction === 'mean' ? `\\frac{1}{${m}}` : '';
    rows.push({
      kind: 'value',
      lhs: [tex(n.J)],
      rel: '=',
      rhs: [
        tex(
          `${scale}\\sum_{b=1}^{${m}} ${n.Eb}${lambda > 0 ? ` + \\frac{\\lambda}{2m}\\sum_{l}\\sum_{j,k}\\big(${n.spec.weight}^{(l)}_{jk}\\big)^2${n.spec.bias === 'unit' ? '\\ (k \\neq 0)' : ''}` : ''}`,
        ),
        tex('='),
        num(t.dataLoss, { of: { q: 'dataLoss' } }),
        ...(lambda > 0 ? [tex('+'), num(t.penalty, { of: { q: 'penalty' } })] : []),
        tex('='),
        num(t.loss, { of: { q: 'loss' } }),
      ],
      value: t.loss,
      terms: [[t.dataLoss], [t.penalty]],
    });
  }
  return rows;
}
