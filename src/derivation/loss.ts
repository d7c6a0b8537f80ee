/** The loss rows: each output's error term, their total E, and J with its reduction and L2 term. */

import { activationsOf, type Trace } from '../engine/trace.ts';
import { DEFAULT_NOTATION, type Notation } from './notation.ts';
import { joinParts, num, tex } from './parts.ts';
import type { Equation, Part } from './types.ts';

const ERROR_TERM: Record<string, (a: string, y: string) => string> = {
  half_sse: (a, y) => `\\tfrac{1}{2}(${a} - ${y})^2`,
  mse: (a, y) => `\\tfrac{1}{K}(${a} - ${y})^2`,
  bce: (a, y) => `-\\big[${y}\\ln ${a} + (1 - ${y})\\ln(1 - ${a})\\big]`,
  ce: (a, y) => `-${y}\\ln ${a}`,
};

/** e_k for each output, E = Σ_k e_k, and J with its reduction and L2 term. */
export function lossRows(t: Trace, n: Notation = DEFAULT_NOTATION): Equation[] {
  const { spec } = t;
  const s = t.samples[0];
  const L = spec.layers.length - 1;
  const out = activationsOf(s, L);
  const term = ERROR_TERM[spec.loss];
  const rows: Equation[] = [];
  s.errors.forEach((e, k) => {
    rows.push({
      kind: 'symbolic',
      lhs: [tex(n.e(k))],
      rel: '=',
      rhs: [tex(term(n.a(L, k), n.y(k)))],
    });
    rows.push({
      kind: 'value',
      lhs: [],
      rel: '=',
      rhs: [...errorNumbers(spec.loss, out[k], s.y[k]), tex('='), num(e)],
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

/** The error term with this output's numbers put in. */
function errorNumbers(loss: string, a: number, y: number): Part[] {
  switch (loss) {
    case 'half_sse':
      return [tex('\\tfrac{1}{2}('), num(a), tex('-'), num(y, { paren: true }), tex(')^2')];
    case 'mse':
      return [tex('\\tfrac{1}{K}('), num(a), tex('-'), num(y, { paren: true }), tex(')^2')];
    case 'bce':
      return [
        tex('-\\big['),
        num(y),
        tex('\\ln'),
        num(a),
        tex('{}+ (1 -{}'),
        num(y, { paren: true }),
        tex(')\\ln(1 -{}'),
        num(a),
        tex(')\\big]'),
      ];
    default:
      return [tex('-'), num(y, { paren: true }), tex('\\ln'), num(a)];
  }
}
