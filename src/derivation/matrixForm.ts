/**
 * A layer's backward pass in matrix form, with sample 1's numbers and the shapes: δ, then the
 * weight gradient as an outer product, the bias gradient, and with several samples or L2 the
 * gradient of J. Written as the notation asks: column vectors (δaᵀ), a bias unit (δ[a₀; a]ᵀ),
 * or row vectors (XᵀA, and AWᵀ for the error handed back).
 */

import { activationsOf, sampleGradient, type Trace } from '../engine/trace.ts';
import { transpose } from './forward.ts';
import { activationTex, DEFAULT_NOTATION, type Notation, partial } from './notation.ts';
import { column, mat, tex } from './parts.ts';
import type { Equation } from './types.ts';

const shape = (rows: number, cols: number) => `${rows}\\times ${cols}`;

export function matrixRows(t: Trace, l: number, n: Notation = DEFAULT_NOTATION): Equation[] {
  const rows = [...deltaRow(t, l, n), ...gradientRows(t, l, n)];
  const { spec } = t;
  const m = spec.samples.length;
  const lambda = spec.regularization?.l2 ?? 0;
  if (m > 1 || lambda > 0) {
    const scale = spec.reduction === 'mean' ? `\\frac{1}{${m}}` : '';
    const row = n.spec.vectors === 'row';
    rows.push({
      kind: 'matrix',
      lhs: [tex(partial(n.J, n.Wm(l)))],
      rel: '=',
      rhs: [
        tex(
          `${scale}\\sum_{b=1}^{${m}} ${partial(n.Eb, n.Wm(l))}${lambda > 0 ? ` + \\frac{\\lambda}{m}${n.Wm(l)}` : ''} =`,
        ),
        mat(row ? transpose(t.gradWeights[l - 1]) : t.gradWeights[l - 1]),
      ],
    });
  }
  return rows;
}

/** δ⁽ˡ⁾ from the gradient arriving at a⁽ˡ⁾ and f′(z⁽ˡ⁾), with shapes. */
function deltaRow(t: Trace, l: number, n: Notation): Equation[] {
  const { spec } = t;
  const L = spec.layers.length - 1;
  const s = t.samples[0];
  const layer = s.layers[l - 1];
  const units = spec.layers[l];
  const row = n.spec.vectors === 'row';
  const vector = (v: readonly number[]) => (row ? [v] : column(v));
  const softmax = spec.activations[l - 1] === 'softmax';
  const fPrime = `${activationTex(spec.activations[l - 1])}'(${n.zm(l)})`;
  const diagonal = layer.dAdZ.map((r, j) => r[j]);
  const jacobianT = transpose(layer.dAdZ);
  const next = spec.layers[l + 1];

  // What reaches a⁽ˡ⁾ from above: ∇E at the output, else the next layer's δ carried back by W.
  const incoming =
    l === L
      ? `\\nabla_{${n.am(L)}} ${n.E}`
      : row
        ? `${n.deltam(l + 1)}(${n.Wm(l + 1)})^{\\top}`
        : `(${n.Wm(l + 1)})^{\\top} ${n.deltam(l + 1)}`;
  const incomingNumbers =
    l === L
      ? [mat(vector(layer.dJdA))]
      : row
        ? [mat([s.layers[l].delta]), mat(spec.weights[l])]
        : [mat(transpose(spec.weights[l])), mat(column(s.layers[l].delta))];
  const wrapped = l === L ? incoming : `\\big(${incoming}\\big)`;
  const rhs = softmax
    ? row
      ? [
          tex(`${wrapped}\\Big(\\frac{\\partial ${n.am(l)}}{\\partial ${n.zm(l)}}\\Big) =`),
          ...incomingNumbers,
          mat(layer.dAdZ),
          tex('='),
          mat(vector(layer.delta)),
        ]
      : [
          tex(`\\Big(\\frac{\\partial ${n.am(l)}}{\\partial ${n.zm(l)}}\\Big)^{\\top}${wrapped} =`),
          mat(jacobianT),
          ...incomingNumbers,
          tex('='),
          mat(vector(layer.delta)),
        ]
    : [
        tex(`${wrapped} \\odot ${fPrime} =`),
        ...incomingNumbers,
        tex('\\odot'),
        mat(vector(diagonal)),
        tex('='),
        mat(vector(layer.delta)),
      ];

  const vec = (k: number) => (row ? `(${shape(1, k)})` : `(${shape(k, 1)})`);
  const carried =
    l === L
      ? vec(units)
      : row
        ? `${vec(next)}(${shape(next, units)})`
        : `(${shape(units, next)})${vec(next)}`;
  const shapes = softmax
    ? `${vec(units)} = (${shape(units, units)})\\,${carried}`
    : `${vec(units)} = ${carried} \\odot ${vec(units)}`;
  return [
    { kind: 'matrix', lhs: [tex(n.deltam(l))], rel: '=', rhs },
    { kind: 'definition', lhs: [tex('\\dim')], rel: ':', rhs: [tex(shapes)] },
  ];
}

/** ∂E/∂W⁽ˡ⁾ as an outer product, ∂E/∂b⁽ˡ⁾, and with row vectors the error handed back. */
function gradientRows(t: Trace, l: number, n: Notation): Equation[] {
  const { spec } = t;
  const s = t.samples[0];
  const layer = s.layers[l - 1];
  const units = spec.layers[l];
  const below = spec.layers[l - 1];
  const prev = activationsOf(s, l - 1);
  const b = spec.biases?.[l - 1];
  const grad = (j: number, k: number) =>
    sampleGradient(s, { kind: 'weight', layer: l, row: j, col: k });
  const outer = layer.delta.map((_, j) => prev.map((_, k) => grad(j, k)));
  const dW = partial(n.E, n.Wm(l));
  const rows: Equation[] = [];

  if (n.spec.vectors === 'row') {
    rows.push(
      {
        kind: 'matrix',
        lhs: [tex(dW)],
        rel: '=',
        rhs: [
          tex(`(${n.am(l - 1)})^{\\top}${n.deltam(l)} =`),
          mat(column(prev)),
          mat([layer.delta]),
          tex('='),
          mat(transpose(outer)),
        ],
      },
      {
        kind: 'definition',
        lhs: [tex('\\dim')],
        rel: ':',
        rhs: [tex(`${shape(below, units)} = (${shape(below, 1)})(${shape(1, units)})`)],
      },
    );
    if (b)
      rows.push({
        kind: 'matrix',
        lhs: [tex(partial(n.E, n.bm(l)))],
        rel: '=',
        rhs: [tex(`${n.deltam(l)} =`), mat([layer.delta])],
      });
    const handedBack = l === 1 ? s.dJdX : s.layers[l - 2].dJdA;
    rows.push(
      {
        kind: 'matrix',
        lhs: [tex(partial(n.E, n.am(l - 1)))],
        rel: '=',
        rhs: [
          tex(`${n.deltam(l)}(${n.Wm(l)})^{\\top} =`),
          mat([layer.delta]),
          mat(spec.weights[l - 1]),
          tex('='),
          mat([handedBack]),
        ],
      },
      {
        kind: 'definition',
        lhs: [tex('\\dim')],
        rel: ':',
        rhs: [tex(`(${shape(1, below)}) = (${shape(1, units)})(${shape(units, below)})`)],
      },
    );
    return rows;
  }

  if (n.spec.bias === 'unit' && b) {
    // ∂E/∂Θ = δ [a₀; a]ᵀ: column 0, the bias's, is δ itself.
    const withBias = layer.delta.map((_, j) => [
      sampleGradient(s, { kind: 'bias', layer: l, row: j }),
      ...outer[j],
    ]);
    rows.push(
      {
        kind: 'matrix',
        lhs: [tex(dW)],
        rel: '=',
        rhs: [
          tex(
            `${n.deltam(l)}\\begin{bmatrix} ${n.biasUnit(l)} \\\\ ${n.am(l - 1)} \\end{bmatrix}^{\\top} =`,
          ),
          mat(column(layer.delta)),
          mat([[1, ...prev]]),
          tex('='),
          mat(withBias),
        ],
      },
      {
        kind: 'definition',
        lhs: [tex('\\dim')],
        rel: ':',
        rhs: [tex(`${shape(units, below + 1)} = (${shape(units, 1)})(${shape(1, below + 1)})`)],
      },
    );
    return rows;
  }

  rows.push(
    {
      kind: 'matrix',
      lhs: [tex(dW)],
      rel: '=',
      rhs: [
        tex(`${n.deltam(l)}\\,(${n.am(l - 1)})^{\\top} =`),
        mat(column(layer.delta)),
        mat([prev]),
        tex('='),
        mat(outer),
      ],
    },
    {
      kind: 'definition',
      lhs: [tex('\\dim')],
      rel: ':',
      rhs: [tex(`${shape(units, below)} = (${shape(units, 1)})(${shape(1, below)})`)],
    },
  );
  if (b)
    rows.push({
      kind: 'matrix',
      lhs: [tex(partial(n.E, n.bm(l)))],
      rel: '=',
      rhs: [tex(`${n.deltam(l)} =`), mat(column(layer.delta))],
    });
  return rows;
}
