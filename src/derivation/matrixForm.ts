/**
 * A layer's backward pass in matrix form, with sample 1's numbers and the shapes: δ, then the
 * weight gradient as an outer product, the bias gradient, and with several samples or L2 the
 * gradient of J. Written as the notation asks: column vectors (δaᵀ), a bias unit (δ[a₀; a]ᵀ),
 * or row vectors (XᵀA, and AWᵀ for the error handed back).
 */

import { edgeKey, nodeName, type ParamRef } from '../engine/names.ts';
import { activationsOf, sampleGradient, type Trace } from '../engine/trace.ts';
import { transpose } from './forward.ts';
import { activationTex, DEFAULT_NOTATION, type Notation, partial } from './notation.ts';
import { column, tex } from './parts.ts';
import type { Quantity } from './quantity.ts';
import type { Equation, Part } from './types.ts';

const shape = (rows: number, cols: number) => `${rows}\\times ${cols}`;

/** A matrix of engine numbers with what each entry is. */
function named(values: readonly (readonly number[])[], of: readonly (readonly Quantity[])[]): Part {
  return { matrix: values, ofCells: of };
}

const weight = (layer: number, row: number, col: number): ParamRef => ({
  kind: 'weight',
  layer,
  row,
  col,
});
const bias = (layer: number, row: number): ParamRef => ({ kind: 'bias', layer, row });

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
        (() => {
          const G = t.gradWeights[l - 1];
          const of = G.map((r, j) =>
            r.map((_, k): Quantity => ({ q: 'gradient', param: weight(l, j, k) })),
          );
          return row ? named(transpose(G), transpose(of)) : named(G, of);
        })(),
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
  const vector = <T>(v: readonly T[]): T[][] => (row ? [[...v]] : column(v));
  const vectorOf = (v: readonly number[], of: (j: number) => Quantity) =>
    named(vector(v), vector(v.map((_, j) => of(j))));
  const local = (i: number, j: number): Quantity => ({
    q: 'local',
    sample: 0,
    edge: edgeKey(nodeName.a(l, i), nodeName.z(l, j)),
  });
  const deltaOf =
    (layer: number) =>
    (j: number): Quantity => ({
      q: 'delta',
      sample: 0,
      layer,
      unit: j,
    });
  const W = spec.weights[l];
  const Wof = W?.map((r, h) =>
    r.map((_, j): Quantity => ({ q: 'param', param: weight(l + 1, h, j) })),
  );
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
      ? [vectorOf(layer.dJdA, (j) => ({ q: 'dJdA', sample: 0, layer: l, unit: j }))]
      : row
        ? [
            named([s.layers[l].delta], [s.layers[l].delta.map((_, h) => deltaOf(l + 1)(h))]),
            named(W, Wof),
          ]
        : [
            named(transpose(W), transpose(Wof)),
            named(
              column(s.layers[l].delta),
              column(s.layers[l].delta.map((_, h) => deltaOf(l + 1)(h))),
            ),
          ];
  const wrapped = l === L ? incoming : `\\big(${incoming}\\big)`;
  const rhs = softmax
    ? row
      ? [
          tex(`${wrapped}\\Big(\\frac{\\partial ${n.am(l)}}{\\partial ${n.zm(l)}}\\Big) =`),
          ...incomingNumbers,
          named(
            layer.dAdZ,
            layer.dAdZ.map((r, i) => r.map((_, j) => local(i, j))),
          ),
          tex('='),
          vectorOf(layer.delta, deltaOf(l)),
        ]
      : [
          tex(`\\Big(\\frac{\\partial ${n.am(l)}}{\\partial ${n.zm(l)}}\\Big)^{\\top}${wrapped} =`),
          named(jacobianT, transpose(layer.dAdZ.map((r, i) => r.map((_, j) => local(i, j))))),
          ...incomingNumbers,
          tex('='),
          vectorOf(layer.delta, deltaOf(l)),
        ]
    : [
        tex(`${wrapped} \\odot ${fPrime} =`),
        ...incomingNumbers,
        tex('\\odot'),
        vectorOf(diagonal, (j) => local(j, j)),
        tex('='),
        vectorOf(layer.delta, deltaOf(l)),
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
  const grad = (j: number, k: number) => sampleGradient(s, weight(l, j, k));
  const outer = layer.delta.map((_, j) => prev.map((_, k) => grad(j, k)));
  const outerOf = outer.map((r, j) =>
    r.map((_, k): Quantity => ({ q: 'sampleGradient', sample: 0, param: weight(l, j, k) })),
  );
  const prevOf = prev.map((_, k): Quantity => ({ q: 'a', sample: 0, layer: l - 1, unit: k }));
  const deltaOf = layer.delta.map(
    (_, j): Quantity => ({ q: 'delta', sample: 0, layer: l, unit: j }),
  );
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
          named(column(prev), column(prevOf)),
          named([layer.delta], [deltaOf]),
          tex('='),
          named(transpose(outer), transpose(outerOf)),
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
        rhs: [tex(`${n.deltam(l)} =`), named([layer.delta], [deltaOf])],
      });
    const handedBack = l === 1 ? s.dJdX : s.layers[l - 2].dJdA;
    const handedBackOf = handedBack.map(
      (_, k): Quantity => ({ q: 'dJdA', sample: 0, layer: l - 1, unit: k }),
    );
    const W = spec.weights[l - 1];
    rows.push(
      {
        kind: 'matrix',
        lhs: [tex(partial(n.E, n.am(l - 1)))],
        rel: '=',
        rhs: [
          tex(`${n.deltam(l)}(${n.Wm(l)})^{\\top} =`),
          named([layer.delta], [deltaOf]),
          named(
            W,
            W.map((r, j) => r.map((_, k): Quantity => ({ q: 'param', param: weight(l, j, k) }))),
          ),
          tex('='),
          named([handedBack], [handedBackOf]),
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
    const withBias = layer.delta.map((_, j) => [sampleGradient(s, bias(l, j)), ...outer[j]]);
    const withBiasOf = layer.delta.map((_, j) => [
      { q: 'sampleGradient', sample: 0, param: bias(l, j) } as Quantity,
      ...outerOf[j],
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
          named(column(layer.delta), column(deltaOf)),
          named([[1, ...prev]], [[{ q: 'biasUnit' }, ...prevOf]]),
          tex('='),
          named(withBias, withBiasOf),
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
        named(column(layer.delta), column(deltaOf)),
        named([prev], [prevOf]),
        tex('='),
        named(outer, outerOf),
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
      rhs: [tex(`${n.deltam(l)} =`), named(column(layer.delta), column(deltaOf))],
    });
  return rows;
}
