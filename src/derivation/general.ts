/** The backward pass for any layer l, symbolically, in the preset's notation. */

import { DEFAULT_NOTATION, type Notation, partial } from './notation.ts';
import { tex } from './parts.ts';
import type { Equation } from './types.ts';

export function generalRows(hasSoftmax: boolean, n: Notation = DEFAULT_NOTATION): Equation[] {
  const at = n.layered;
  const row = n.spec.vectors === 'row';
  const unit = n.spec.bias === 'unit';
  const fPrime = (k: number | 'L') => `f'(${at('z', k)})`;
  const general = (lhs: string, rhs: string): Equation => ({
    kind: 'general',
    lhs: [tex(lhs)],
    rel: '=',
    rhs: [tex(rhs)],
  });
  const carried = row
    ? `${at('delta', 1)}(${at('W', 1)})^{\\top}`
    : `(${at('W', 1)})^{\\top}${at('delta', 1)}`;
  const input = unit
    ? `\\begin{bmatrix} ${n.names('act')}_0 \\\\ ${at('a', -1)} \\end{bmatrix}`
    : at('a', -1);
  const rows: Equation[] = [
    general(at('delta', 'L'), `\\nabla_{${at('a', 'L')}} ${n.E} \\odot ${fPrime('L')}`),
    general(at('delta', 0), `\\big(${carried}\\big) \\odot ${fPrime(0)}`),
    general(
      partial(n.E, at('W', 0)),
      row ? `(${at('a', -1)})^{\\top}${at('delta', 0)}` : `${at('delta', 0)}\\,(${input})^{\\top}`,
    ),
  ];
  if (!unit) rows.push(general(partial(n.E, at('b', 0)), at('delta', 0)));
  if (row)
    rows.push(general(partial(n.E, at('a', -1)), `${at('delta', 0)}(${at('W', 0)})^{\\top}`));
  rows.push(
    general(
      partial(n.J, at('W', 0)),
      `\\frac{1}{m}\\sum_{b=1}^{m}${partial(n.Eb, at('W', 0))} + \\frac{\\lambda}{m} ${at('W', 0)}${unit ? '\\ \\text{(not column 0)}' : ''}`,
    ),
  );
  if (hasSoftmax) {
    rows.push({
      kind: 'general',
      lhs: [tex('\\operatorname{softmax}')],
      rel: ':',
      rhs: [
        tex(
          `${at('delta', 0)} = \\Big(\\frac{\\partial ${at('a', 0)}}{\\partial ${at('z', 0)}}\\Big)^{\\top}\\frac{\\partial ${n.E}}{\\partial ${at('a', 0)}}`,
        ),
      ],
    });
  }
  return rows;
}
