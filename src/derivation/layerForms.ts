/**
 * A layer's backward pass in matrix form with its numbers and shapes (sample 1), the general
 * equations for any layer l, and the gradient-descent update.
 */

import type { ParamRef } from '../engine/params.ts';
import { activationsOf, gradientOf, sampleGradient, type Trace } from '../engine/trace.ts';
import { gradientStep } from '../engine/train.ts';
import { activationTex, DEFAULT_NOTATION, type Notation, partial } from './notation.ts';
import { column, mat, num, tex } from './parts.ts';
import type { Equation } from './types.ts';

const shape = (rows: number, cols: number) => `${rows}\\times ${cols}`;

/** δ⁽ˡ⁾, ∂E/∂W⁽ˡ⁾ = δ⁽ˡ⁾(a⁽ˡ⁻¹⁾)ᵀ and ∂E/∂b⁽ˡ⁾ = δ⁽ˡ⁾ with numbers, then averaged over samples. */
export function matrixRows(t: Trace, l: number, n: Notation = DEFAULT_NOTATION): Equation[] {
  const { spec } = t;
  const L = spec.layers.length - 1;
  const s = t.samples[0];
  const layer = s.layers[l - 1];
  const units = spec.layers[l];
  const below = spec.layers[l - 1];
  const softmax = spec.activations[l - 1] === 'softmax';
  const fPrime = `${activationTex(spec.activations[l - 1])}'(${n.zm(l)})`;
  const diagonal = layer.dAdZ.map((row, j) => row[j]);
  const jacobianT = layer.dAdZ[0].map((_, j) => layer.dAdZ.map((row) => row[j]));
  const rows: Equation[] = [];

  const incoming =
    l === L ? `\\nabla_{${n.am(L)}} E` : `(${n.Wm(l + 1)})^{\\top} ${n.deltam(l + 1)}`;
  const incomingValue = layer.dJdA;
  const incomingNumbers =
    l === L
      ? [mat(column(incomingValue))]
      : [mat(transpose(spec.weights[l])), mat(column(s.layers[l].delta))];
  rows.push({
    kind: 'matrix',
    lhs: [tex(n.deltam(l))],
    rel: '=',
    rhs: softmax
      ? [
          tex(`\\Big(\\frac{\\partial ${n.am(l)}}{\\partial ${n.zm(l)}}\\Big)^{\\top}`),
          tex(l === L ? incoming : `\\big(${incoming}\\big)`),
          tex('='),
          mat(jacobianT),
          ...incomingNumbers,
          tex('='),
          mat(column(layer.delta)),
        ]
      : [
          tex(l === L ? incoming : `\\big(${incoming}\\big)`),
          tex(`\\odot ${fPrime} =`),
          ...incomingNumbers,
          tex('\\odot'),
          mat(column(diagonal)),
          tex('='),
          mat(column(layer.delta)),
        ],
  });
  const incomingShapes =
    l === L
      ? `(${shape(units, 1)})`
      : `(${shape(units, spec.layers[l + 1])})(${shape(spec.layers[l + 1], 1)})`;
  rows.push({
    kind: 'definition',
    lhs: [tex('\\dim')],
    rel: ':',
    rhs: [
      tex(
        softmax
          ? `${shape(units, 1)} = (${shape(units, units)})\\,${incomingShapes}`
          : `${shape(units, 1)} = ${incomingShapes} \\odot (${shape(units, 1)})`,
      ),
    ],
  });

  const prev = activationsOf(s, l - 1);
  const outer = layer.delta.map((_, j) =>
    prev.map((_, k) => sampleGradient(s, { kind: 'weight', layer: l, row: j, col: k })),
  );
  rows.push({
    kind: 'matrix',
    lhs: [tex(partial(n.E, n.Wm(l)))],
    rel: '=',
    rhs: [
      tex(`${n.deltam(l)}\\,(${n.am(l - 1)})^{\\top} =`),
      mat(column(layer.delta)),
      mat([prev]),
      tex('='),
      mat(outer),
    ],
  });
  rows.push({
    kind: 'definition',
    lhs: [tex('\\dim')],
    rel: ':',
    rhs: [tex(`${shape(units, below)} = (${shape(units, 1)})(${shape(1, below)})`)],
  });
  if (spec.biases) {
    rows.push({
      kind: 'matrix',
      lhs: [tex(partial(n.E, n.bm(l)))],
      rel: '=',
      rhs: [tex(`${n.deltam(l)} =`), mat(column(layer.delta))],
    });
  }

  const m = spec.samples.length;
  const lambda = spec.regularization?.l2 ?? 0;
  if (m > 1 || lambda > 0) {
    const scale = spec.reduction === 'mean' ? `\\frac{1}{${m}}` : '';
    rows.push({
      kind: 'matrix',
      lhs: [tex(partial(n.J, n.Wm(l)))],
      rel: '=',
      rhs: [
        tex(
          `${scale}\\sum_{b=1}^{${m}} ${n.deltam(l)}_b\\,(${n.am(l - 1)}_b)^{\\top}${lambda > 0 ? ` + \\frac{\\lambda}{m}${n.Wm(l)}` : ''} =`,
        ),
        mat(t.gradWeights[l - 1]),
      ],
    });
  }
  return rows;
}

/** The backward pass for any layer l, symbolically. */
export function generalRows(hasSoftmax: boolean): Equation[] {
  const L = 'L';
  const l = 'l';
  const rows: Equation[] = [
    {
      kind: 'general',
      lhs: [tex(`\\boldsymbol{\\delta}^{(${L})}`)],
      rel: '=',
      rhs: [tex(`\\nabla_{\\mathbf{a}^{(${L})}} E \\odot f_{${L}}'(\\mathbf{z}^{(${L})})`)],
    },
    {
      kind: 'general',
      lhs: [tex(`\\boldsymbol{\\delta}^{(${l})}`)],
      rel: '=',
      rhs: [
        tex(
          `\\big((W^{(${l}+1)})^{\\top}\\boldsymbol{\\delta}^{(${l}+1)}\\big) \\odot f_{${l}}'(\\mathbf{z}^{(${l})})`,
        ),
      ],
    },
    {
      kind: 'general',
      lhs: [tex(`\\frac{\\partial E}{\\partial W^{(${l})}}`)],
      rel: '=',
      rhs: [tex(`\\boldsymbol{\\delta}^{(${l})}\\,(\\mathbf{a}^{(${l}-1)})^{\\top}`)],
    },
    {
      kind: 'general',
      lhs: [tex(`\\frac{\\partial E}{\\partial \\mathbf{b}^{(${l})}}`)],
      rel: '=',
      rhs: [tex(`\\boldsymbol{\\delta}^{(${l})}`)],
    },
    {
      kind: 'general',
      lhs: [tex(`\\frac{\\partial J}{\\partial W^{(${l})}}`)],
      rel: '=',
      rhs: [
        tex(
          `\\frac{1}{m}\\sum_{b=1}^{m}\\frac{\\partial E_b}{\\partial W^{(${l})}} + \\frac{\\lambda}{m} W^{(${l})}`,
        ),
      ],
    },
  ];
  if (hasSoftmax) {
    rows.push({
      kind: 'general',
      lhs: [tex('\\text{softmax}')],
      rel: ':',
      rhs: [
        tex(
          `\\boldsymbol{\\delta}^{(${l})} = \\Big(\\frac{\\partial \\mathbf{a}^{(${l})}}{\\partial \\mathbf{z}^{(${l})}}\\Big)^{\\top} \\frac{\\partial E}{\\partial \\mathbf{a}^{(${l})}}`,
        ),
      ],
    });
  }
  return rows;
}

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
      lhs: [tex('W^{(l)}')],
      rel: '\\leftarrow',
      rhs: [tex('W^{(l)} - \\eta\\,\\frac{\\partial J}{\\partial W^{(l)}}')],
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

function transpose(M: readonly (readonly number[])[]): number[][] {
  return M[0].map((_, k) => M.map((row) => row[k]));
}
