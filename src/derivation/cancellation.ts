/**
 * Why binary cross-entropy after a sigmoid gives δ = a − y: the two factors, written out, then
 * multiplied and simplified term by term until only a − y is left (seed 002's argument), with
 * sample 1's numbers at both ends.
 */

import type { Trace } from '../engine/trace.ts';
import { leavesOf } from './leaves.ts';
import { type Notation, partial } from './notation.ts';
import { num, tex } from './parts.ts';
import type { Equation } from './types.ts';

export function cancellationRows(t: Trace, unit: number, n: Notation): Equation[] {
  const L = t.spec.layers.length - 1;
  const s = t.samples[0];
  const out = s.layers[L - 1];
  const a = n.a(L, unit);
  const y = n.y(unit);
  const dJdA = partial(n.E, a);
  const dAdZ = partial(a, n.z(L, unit));
  const aValue = out.a[unit];
  const yValue = s.y[unit];
  const v = leavesOf(t, n);
  const A = v.a(L, unit).of;
  const Y = v.y(unit).of;
  const slope = v.lossSlope(unit).of;
  const activation = v.dAdZ(L, unit, unit).of;
  const delta = v.delta(L, unit).of;
  const symbolic = (lhs: string, rhs: string): Equation => ({
    kind: 'symbolic',
    lhs: lhs ? [tex(lhs)] : [],
    rel: '=',
    rhs: [tex(rhs)],
  });
  return [
    symbolic(dJdA, `-\\frac{${y}}{${a}} + \\frac{1 - ${y}}{1 - ${a}}`),
    {
      kind: 'value',
      lhs: [],
      rel: '=',
      rhs: [num(out.dJdA[unit], { of: slope })],
      value: out.dJdA[unit],
    },
    symbolic(dAdZ, `${a}\\,(1 - ${a})`),
    {
      kind: 'value',
      lhs: [],
      rel: '=',
      rhs: [
        num(aValue, { of: A }),
        tex('{}\\cdot(1 -{}'),
        num(aValue, { of: A }),
        tex(') ='),
        num(out.dAdZ[unit][unit], { of: activation }),
      ],
      value: out.dAdZ[unit][unit],
      terms: [[aValue], [-1, aValue, aValue]],
    },
    symbolic(
      `${dJdA}\\,${dAdZ}`,
      `\\Big(-\\frac{${y}}{${a}} + \\frac{1 - ${y}}{1 - ${a}}\\Big)\\, ${a}\\,(1 - ${a})`,
    ),
    symbolic('', `-${y}\\,(1 - ${a}) + (1 - ${y})\\,${a}`),
    symbolic('', `-${y} + \\cancel{${y}\\,${a}} + ${a} - \\cancel{${y}\\,${a}}`),
    symbolic('', `${a} - ${y}`),
    {
      kind: 'substituted',
      lhs: [],
      rel: '=',
      rhs: [
        num(aValue, { of: A }),
        tex('-'),
        num(yValue, { paren: true, of: Y }),
        tex('='),
        num(out.delta[unit], { of: delta }),
      ],
      value: out.delta[unit],
      terms: [[aValue], [-1, yValue]],
    },
    {
      kind: 'value',
      lhs: [tex(n.delta(L, unit))],
      rel: '=',
      rhs: [
        num(out.dJdA[unit], { paren: true, of: slope }),
        tex('\\cdot'),
        num(out.dAdZ[unit][unit], { of: activation }),
        tex('='),
        num(out.delta[unit], { of: delta }),
      ],
      value: out.delta[unit],
      terms: [[out.dJdA[unit], out.dAdZ[unit][unit]]],
    },
  ];
}
