/**
 * Seed 004's Jacobian lens for a two-layer network: each block of the chain built with vec, ⊗ and
 * Diag and drawn as a heatmap with its shape; the chain multiplied; summed and reshaped by vec⁻¹
 * into ∂E/∂W₁; and set equal to the shape-matching formula. Also the table of what both forms
 * cost as the sizes grow, which the view measures in the browser.
 */

import {
  formSizes,
  kroneckerChain,
  shapeMatchingGradient,
  type TwoLayer,
} from '../engine/jacobian.ts';
import { maxAbsDiff, shape, transpose } from '../engine/matrix.ts';
import type { NetworkSpec } from '../engine/spec.ts';
import { num, tex } from './parts.ts';
import type { Quantity } from './quantity.ts';
import type { Equation } from './types.ts';

/** The spec as seed 004 writes it: rows are samples, W₁ is m × h, W₂ is h × k. */
export function twoLayerOf(spec: NetworkSpec): TwoLayer {
  return {
    X: spec.samples.map((s) => [...s.x]),
    W1: transpose(spec.weights[0]),
    W2: transpose(spec.weights[1]),
    Y: spec.samples.map((s) => [...s.y]),
  };
}

const dims = (M: readonly (readonly number[])[]) => {
  const [r, c] = shape(M);
  return `${r}\\times ${c}`;
};

/** ∂E/∂(W₁)_ij of the article's W₁ (inputs by hidden units): the engine's W1[j][i], summed over the batch. */
function gradientOfW1(i: number, j: number): Quantity {
  return { q: 'batchGradient', param: { kind: 'weight', layer: 1, row: j, col: i } };
}

export function jacobianRows(spec: NetworkSpec): Equation[] {
  const p = twoLayerOf(spec);
  const k = kroneckerChain(p);
  const s = shapeMatchingGradient(p);
  const difference = maxAbsDiff(k.gradient, s.gradient);
  return [
    ...k.blocks.map(
      (b, i): Equation => ({
        kind: 'matrix',
        lhs: [tex(`J_{${i + 1}} = ${b.label}`)],
        rel: '=',
        rhs: [
          tex(`${b.formula}\\quad (${dims(b.matrix)})`),
          { figure: { kind: 'heatmap', matrix: b.matrix } },
        ],
      }),
    ),
    {
      kind: 'matrix',
      lhs: [
        tex('\\frac{\\partial \\operatorname{vec}(E)}{\\partial \\operatorname{vec}(W_1)^{\\top}}'),
      ],
      rel: '=',
      rhs: [
        tex(`\\prod_{i=1}^{6} J_i\\quad (${dims(k.chain)})`),
        { figure: { kind: 'heatmap', matrix: k.chain } },
      ],
    },
    {
      kind: 'matrix',
      lhs: [
        tex(
          '\\mathbf{1}^{\\top}\\frac{\\partial \\operatorname{vec}(E)}{\\partial \\operatorname{vec}(W_1)^{\\top}}',
        ),
      ],
      rel: '=',
      rhs: [
        {
          matrix: k.summed,
          // vec stacks the columns of the article's m × h W₁, whose (i, j) is the engine's W1[j][i].
          ofCells: [
            k.summed[0].map((_, c) => gradientOfW1(c % p.W1.length, Math.floor(c / p.W1.length))),
          ],
        },
      ],
    },
    {
      kind: 'matrix',
      lhs: [tex('\\frac{\\partial E}{\\partial W_1}')],
      rel: '=',
      rhs: [
        tex('\\operatorname{vec}^{-1}(\\cdot) ='),
        {
          matrix: k.gradient,
          ofCells: k.gradient.map((row, i) => row.map((_, j) => gradientOfW1(i, j))),
        },
      ],
    },
    {
      kind: 'matrix',
      lhs: [tex("X^{\\top}\\big[(\\delta_2 W_2^{\\top}) \\circ \\sigma'(A_1)\\big]")],
      rel: '=',
      rhs: [
        {
          matrix: s.gradient,
          ofCells: s.gradient.map((row, i) => row.map((_, j) => gradientOfW1(i, j))),
        },
      ],
    },
    {
      kind: 'value',
      lhs: [tex('\\max\\big|\\tfrac{\\partial E}{\\partial W_1} - X^{\\top}[\\dots]\\big|')],
      rel: '=',
      rhs: [num(difference)],
      value: difference,
    },
  ];
}

/** The sizes the cost table sweeps: a batch n, inputs m, hidden h, outputs k. */
export const COST_SIZES: readonly (readonly [number, number, number, number])[] = [
  [4, 3, 3, 1],
  [8, 4, 8, 2],
  [16, 8, 8, 4],
  [32, 8, 16, 4],
  [32, 16, 16, 8],
];

export function costRows(): Equation[] {
  return [
    ...COST_SIZES.slice(-1).map(
      ([n, m, h, k]): Equation => ({
        kind: 'definition',
        lhs: [tex(`n, m, h, k = ${n}, ${m}, ${h}, ${k}`)],
        rel: ':',
        rhs: [
          num(formSizes(n, m, h, k).kronecker),
          tex('\\;\\gg\\;'),
          num(formSizes(n, m, h, k).shapes),
        ],
      }),
    ),
    { kind: 'matrix', lhs: [], rel: '', rhs: [{ figure: { kind: 'cost', sizes: COST_SIZES } }] },
  ];
}
