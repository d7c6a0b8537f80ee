/**
 * The forward pass and the loss, written for sample 1: each unit's weighted sum and activation,
 * each output's error term, and the total.
 */

import { type ParamRef, paramName, writeName } from '../engine/names.ts';
import { activationsOf, type Trace } from '../engine/trace.ts';
import { expressionRows, leaf, product, sum } from './expression.ts';
import { leavesOf } from './leaves.ts';
import { activationTex, DEFAULT_NOTATION, type Notation } from './notation.ts';
import { column, mat, num, tex } from './parts.ts';
import type { Quantity } from './quantity.ts';
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
  const layer = s.layers[l - 1];
  const f = spec.activations[l - 1];
  const unit = n.spec.bias === 'unit' && b !== undefined;
  const rows: Equation[] = [];
  const units = spec.layers[l];
  if (units <= MAX_SCALAR_UNITS) {
    const v = leavesOf(t, n);
    for (let j = 0; j < units; j++) {
      // Symbols are juxtaposed (w a); numbers get a visible product sign (0.15 · 0.8).
      const weighted = W[j].map((_, k) =>
        product([leaf(v.weight(l, j, k)), leaf(v.a(l - 1, k))], true),
      );
      const terms = !b
        ? weighted
        : unit
          ? [product([leaf(v.bias(l, j)), leaf(v.biasUnit(l))], true), ...weighted]
          : [...weighted, leaf(v.bias(l, j))];
      const zj = v.z(l, j);
      rows.push(...expressionRows([tex(n.z(l, j), { of: zj.of })], sum(terms), zj));
      if (f !== 'softmax') {
        const aj = v.a(l, j);
        rows.push({
          kind: 'value',
          lhs: [tex(n.a(l, j), { of: aj.of })],
          rel: '=',
          rhs: [
            tex(`${activationTex(f)}(${n.z(l, j)}) = ${activationTex(f)}(`),
            num(zj.value, { of: zj.of }),
            tex(') ='),
            num(aj.value, { of: aj.of }),
          ],
          value: aj.value,
        });
      }
    }
  }
  rows.push(layerRow(t, l, n));
  const vector = <T>(v: readonly T[]): T[][] => (n.spec.vectors === 'row' ? [[...v]] : column(v));
  rows.push({
    kind: 'matrix',
    lhs: [tex(n.am(l))],
    rel: '=',
    rhs: [
      tex(`${activationTex(f)}(${n.zm(l)}) =`),
      { ...mat(vector(layer.a)), ofCells: vector(layer.a.map((_, j) => unitOf('a', l, j))) },
    ],
  });
  if (unit && l < spec.layers.length - 1) {
    rows.push({ kind: 'definition', lhs: [tex(n.biasUnit(l + 1))], rel: '=', rhs: [tex('1')] });
  }
  return rows;
}

/** a⁽ˡ⁾_j or z⁽ˡ⁾_j of sample 1. */
const unitOf = (q: 'a' | 'z', layer: number, unit: number): Quantity => ({
  q,
  sample: 0,
  layer,
  unit,
});
const paramOf = (param: ParamRef): Quantity => ({ q: 'param', param });

/** The layer's weighted sums as one matrix product, in the notation's shape. */
function layerRow(t: Trace, l: number, n: Notation): Equation {
  const { spec } = t;
  const s = t.samples[0];
  const W = spec.weights[l - 1];
  const b = spec.biases?.[l - 1];
  const prev = activationsOf(s, l - 1);
  const z = s.layers[l - 1].z;
  const weight = (j: number, k: number): ParamRef => ({ kind: 'weight', layer: l, row: j, col: k });
  const bias = (j: number): ParamRef => ({ kind: 'bias', layer: l, row: j });
  // What each entry is, so a reader can edit it in its cell: weights, biases, and (into layer 1) inputs.
  const weights: Part = {
    matrix: W,
    cells: W.map((row, j) => row.map((_, k) => paramName(weight(j, k)))),
    ofCells: W.map((row, j) => row.map((_, k) => paramOf(weight(j, k)))),
  };
  const input = (k: number) =>
    l === 1 ? writeName({ kind: 'sampleInput', sample: 0, index: k }) : null;
  const below = {
    values: prev,
    cells: prev.map((_, k) => input(k)),
    of: prev.map((_, k) => unitOf('a', l - 1, k)),
  };
  const biases = b && {
    values: b,
    cells: b.map((_, j) => paramName(bias(j))),
    of: b.map((_, j) => paramOf(bias(j))),
  };
  const zs = { values: z, of: z.map((_, j) => unitOf('z', l, j)) };
  if (n.spec.vectors === 'row') {
    // Y = XW + B: samples are rows, so the matrix is the engine's Wᵀ (source by destination).
    return {
      kind: 'matrix',
      lhs: [tex(n.zm(l))],
      rel: '=',
      rhs: [
        tex(`${n.am(l - 1)}${n.Wm(l)}${b ? ` + ${n.bm(l)}` : ''} =`),
        { matrix: [below.values], cells: [below.cells], ofCells: [below.of] },
        {
          matrix: transpose(W),
          cells: transpose(weights.cells ?? []),
          ofCells: transpose(weights.ofCells ?? []),
        },
        ...(biases
          ? [tex('+'), { matrix: [biases.values], cells: [biases.cells], ofCells: [biases.of] }]
          : []),
        tex('='),
        { matrix: [zs.values], ofCells: [zs.of] },
      ],
    };
  }
  if (n.spec.bias === 'unit' && biases) {
    // z = Θ [a₀; a]: the bias is column 0 of Θ and meets the bias unit a₀ = 1.
    const one: Quantity = { q: 'biasUnit' };
    return {
      kind: 'matrix',
      lhs: [tex(n.zm(l))],
      rel: '=',
      rhs: [
        tex(`${n.Wm(l)} \\begin{bmatrix} ${n.biasUnit(l)} \\\\ ${n.am(l - 1)} \\end{bmatrix} =`),
        {
          matrix: W.map((row, j) => [biases.values[j], ...row]),
          cells: (weights.cells ?? []).map((row, j) => [biases.cells[j], ...row]),
          ofCells: (weights.ofCells ?? []).map((row, j) => [biases.of[j], ...row]),
        },
        {
          matrix: column([1, ...below.values]),
          cells: column([null, ...below.cells]),
          ofCells: column([one, ...below.of]),
        },
        tex('='),
        { matrix: column(zs.values), ofCells: column(zs.of) },
      ],
    };
  }
  return {
    kind: 'matrix',
    lhs: [tex(n.zm(l))],
    rel: '=',
    rhs: [
      tex(`${n.Wm(l)}${n.am(l - 1)}${b ? ` + ${n.bm(l)}` : ''} =`),
      weights,
      { matrix: column(below.values), cells: column(below.cells), ofCells: column(below.of) },
      ...(biases
        ? [
            tex('+'),
            {
              matrix: column(biases.values),
              cells: column(biases.cells),
              ofCells: column(biases.of),
            },
          ]
        : []),
      tex('='),
      { matrix: column(zs.values), ofCells: column(zs.of) },
    ],
  };
}

export function transpose<T>(M: readonly (readonly T[])[]): T[][] {
  return M[0].map((_, k) => M.map((row) => row[k]));
}
