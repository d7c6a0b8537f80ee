/**
 * The forward pass and the loss, written for sample 1: each unit's weighted sum and activation,
 * each output's error term, and the total.
 */

import { paramName, writeName } from '../engine/names.ts';
import { activationsOf, type Trace } from '../engine/trace.ts';
import { activationTex, DEFAULT_NOTATION, type Notation } from './notation.ts';
import { column, joinParts, mat, num, tex } from './parts.ts';
import type { Equation, Part } from './types.ts';

/** Units per layer written out one by one; wider layers are shown as vectors only. */
export const MAX_SCALAR_UNITS = 4;

/**
 * z⁽ˡ⁾_j = Σ_k w_jk a_k + b_j and a⁽ˡ⁾_j = f(z⁽ˡ⁾_j) for each unit, then the layer as vectors:
 * z = Wa + b, z = Θ[a₀; a] with a bias unit, or Y = XW + B with row vectors.
 */
export function forwardRows(t: Trace, l: number, n: Notation = DEFAULT_NOTATION): Equation[] {
  const { spec } = t;
  const s = t.samples[0];
  const W = spec.weights[l - 1];
  const b = spec.biases?.[l - 1];
  const prev = activationsOf(s, l - 1);
  const layer = s.layers[l - 1];
  const f = spec.activations[l - 1];
  const unit = n.spec.bias === 'unit' && b !== undefined;
  const rows: Equation[] = [];
  const units = spec.layers[l];
  if (units <= MAX_SCALAR_UNITS) {
    for (let j = 0; j < units; j++) {
      // Symbols are juxtaposed (w x); numbers get a visible product sign (0.15 · 0.8).
      const products = (show: (k: number) => [Part, Part], times = '\\,') =>
        joinParts(
          W[j].map((_, k) => {
            const [w, a] = show(k);
            return [w, tex(times), a];
          }),
          '+',
        );
      const biasFirst = unit && b ? [tex(n.b(l, j)), tex(`\\,${n.biasUnit(l)} +{}`)] : [];
      const biasLast = !unit && b ? [tex('+'), tex(n.b(l, j))] : [];
      rows.push({
        kind: 'symbolic',
        lhs: [tex(n.z(l, j))],
        rel: '=',
        rhs: [
          ...biasFirst,
          ...products((k) => [tex(n.W(l, j, k)), tex(n.a(l - 1, k))]),
          ...biasLast,
        ],
      });
      rows.push({
        kind: 'substituted',
        lhs: [],
        rel: '=',
        rhs: [
          ...(unit && b ? [num(b[j]), tex('{}\\cdot 1 +{}')] : []),
          ...products(
            (k) => [num(W[j][k], { paren: k > 0 || unit }), num(prev[k], { paren: true })],
            '\\cdot',
          ),
          ...(!unit && b ? [tex('+'), num(b[j], { paren: true })] : []),
          tex('='),
          num(layer.z[j]),
        ],
        value: layer.z[j],
        terms: [...W[j].map((w, k) => [w, prev[k]]), ...(b ? [[b[j]]] : [])],
      });
      if (f !== 'softmax') {
        rows.push({
          kind: 'value',
          lhs: [tex(n.a(l, j))],
          rel: '=',
          rhs: [
            tex(`${activationTex(f)}(${n.z(l, j)}) = ${activationTex(f)}(`),
            num(layer.z[j]),
            tex(') ='),
            num(layer.a[j]),
          ],
          value: layer.a[j],
        });
      }
    }
  }
  rows.push(layerRow(t, l, n));
  const vector = (v: readonly number[]) => (n.spec.vectors === 'row' ? [v] : column(v));
  rows.push({
    kind: 'matrix',
    lhs: [tex(n.am(l))],
    rel: '=',
    rhs: [tex(`${activationTex(f)}(${n.zm(l)}) =`), mat(vector(layer.a))],
  });
  if (unit && l < spec.layers.length - 1) {
    rows.push({ kind: 'definition', lhs: [tex(n.biasUnit(l + 1))], rel: '=', rhs: [tex('1')] });
  }
  return rows;
}

/** The layer's weighted sums as one matrix product, in the notation's shape. */
function layerRow(t: Trace, l: number, n: Notation): Equation {
  const { spec } = t;
  const s = t.samples[0];
  const W = spec.weights[l - 1];
  const b = spec.biases?.[l - 1];
  const prev = activationsOf(s, l - 1);
  const z = s.layers[l - 1].z;
  // What each entry is, so a reader can edit it in its cell: weights, biases, and (into layer 1) inputs.
  const weightNames = W.map((row, j) =>
    row.map((_, k) => paramName({ kind: 'weight', layer: l, row: j, col: k })),
  );
  const biasName = (j: number) => paramName({ kind: 'bias', layer: l, row: j });
  const input = (k: number) =>
    l === 1 ? writeName({ kind: 'sampleInput', sample: 0, index: k }) : null;
  if (n.spec.vectors === 'row') {
    // Y = XW + B: samples are rows, so the matrix is the engine's Wᵀ (source by destination).
    return {
      kind: 'matrix',
      lhs: [tex(n.zm(l))],
      rel: '=',
      rhs: [
        tex(`${n.am(l - 1)}${n.Wm(l)}${b ? ` + ${n.bm(l)}` : ''} =`),
        { matrix: [prev], cells: [prev.map((_, k) => input(k))] },
        { matrix: transpose(W), cells: transpose(weightNames) },
        ...(b ? [tex('+'), { matrix: [b], cells: [b.map((_, j) => biasName(j))] }] : []),
        tex('='),
        mat([z]),
      ],
    };
  }
  if (n.spec.bias === 'unit' && b) {
    // z = Θ [a₀; a]: the bias is column 0 of Θ and meets the bias unit a₀ = 1.
    return {
      kind: 'matrix',
      lhs: [tex(n.zm(l))],
      rel: '=',
      rhs: [
        tex(`${n.Wm(l)} \\begin{bmatrix} ${n.biasUnit(l)} \\\\ ${n.am(l - 1)} \\end{bmatrix} =`),
        {
          matrix: W.map((row, j) => [b[j], ...row]),
          cells: weightNames.map((row, j) => [biasName(j), ...row]),
        },
        { matrix: column([1, ...prev]), cells: column([null, ...prev.map((_, k) => input(k))]) },
        tex('='),
        mat(column(z)),
      ],
    };
  }
  return {
    kind: 'matrix',
    lhs: [tex(n.zm(l))],
    rel: '=',
    rhs: [
      tex(`${n.Wm(l)}${n.am(l - 1)}${b ? ` + ${n.bm(l)}` : ''} =`),
      { matrix: W, cells: weightNames },
      { matrix: column(prev), cells: column(prev.map((_, k) => input(k))) },
      ...(b ? [tex('+'), { matrix: column(b), cells: column(b.map((_, j) => biasName(j))) }] : []),
      tex('='),
      mat(column(z)),
    ],
  };
}

export function transpose<T>(M: readonly (readonly T[])[]): T[][] {
  return M[0].map((_, k) => M.map((row) => row[k]));
}
