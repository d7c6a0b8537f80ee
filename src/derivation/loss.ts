/** The loss rows: each output's error term, their total E, and J with its reduction and L2 term. */

import { LOSS } from '../engine/losses.ts';
import { activationsOf, type Trace } from '../engine/trace.ts';
import { DEFAULT_NOTATION, type Notation } from './notation.ts';
import { joinParts, num, tex } from './parts.ts';
import type { Equation } from './types.ts';

/** e_k for each output, E = Σ_k e_k, and J with its reduction and L2 term. */
export function lossRows(t: Trace, n: Notation = DEFAULT_NOTATION): Equation[] {
  const { spec } = t;
  const s = t.samples[0];
  const L = spec.layers.length - 1;
  const out = activationsOf(s, L);
  const K = spec.layers[L];
  const { term } = LOSS[spec.loss];
  const rows: Equation[] = [];
  s.errors.forEach((e, k) => {
    rows.push({
      kind: 'symbolic',
      lhs: [tex(n.e(k))],
      rel: '=',
      rhs: [
        tex(
          term(
            (q) => (q === 'a' ? n.a(L, k) : n.y(k)),
            (text) => text,
            K,
          ).join(' '),
        ),
      ],
    });
    rows.push({
      kind: 'value',
      lhs: [],
      rel: '=',
      rhs: [
        ...term((q, grouped) => num(q === 'a' ? out[k] : s.y[k], { paren: grouped }), tex, K),
        tex('='),
        num(e),
      ],
      value: e,
    });
  });
  rows.push({
    kind: 'value',
    lhs: [tex(n.E)],
    rel: '=',
    rhs: [
      tex(s.errors.map((_, k) => n.e(k)).join(' + ')),
      tex('='),
      ...joinParts(
        s.errors.map((e, k) => [num(e, { paren: k > 0 })]),
        '+',
      ),
      tex('='),
      num(s.loss),
    ],
    value: s.loss,
    terms: s.errors.map((e) => [e]),
  });
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
        num(t.dataLoss),
        ...(lambda > 0 ? [tex('+'), num(t.penalty)] : []),
        tex('='),
        num(t.loss),
      ],
      value: t.loss,
      terms: [[t.dataLoss], [t.penalty]],
    });
  }
  return rows;
}
