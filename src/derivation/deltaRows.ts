/**
 * δ named at every unit the paths to a parameter pass through, from the output layer down:
 * δ⁽ᴸ⁾_j = ∂E/∂a_j · ∂a_j/∂z_j, then δ⁽ˡ⁾_j = (Σ_h δ⁽ˡ⁺¹⁾_h w⁽ˡ⁺¹⁾_hj) · ∂a_j/∂z_j. Each δ is the
 * sum of every path's head down to that unit, computed once and reused by every parameter below.
 */

import { nodeName, type ParamRef } from '../engine/names.ts';
import type { Trace } from '../engine/trace.ts';
import { expressionRows, group, leaf, product, sum } from './expression.ts';
import { leavesOf } from './leaves.ts';
import { DEFAULT_NOTATION, type Notation } from './notation.ts';
import { tex } from './parts.ts';
import { COLORS, type Equation } from './types.ts';

/** Units per layer whose δ is written out; the rest are left to the matrix form. */
export const MAX_DELTA_UNITS = 4;

export function deltaRows(
  t: Trace,
  p: ParamRef,
  reveal: (l: number) => number,
  n: Notation = DEFAULT_NOTATION,
): Equation[] {
  const L = t.spec.layers.length - 1;
  const rows: Equation[] = [];
  for (let l = L; l >= p.layer; l--) {
    const units = l === p.layer ? [p.row] : range(t.spec.layers[l]);
    for (const j of units.slice(0, MAX_DELTA_UNITS)) rows.push(...unitRows(t, l, j, reveal(l), n));
    if (units.length > MAX_DELTA_UNITS)
      rows.push({ kind: 'definition', lhs: [], rel: '', rhs: [tex('\\vdots')], reveal: reveal(l) });
  }
  return rows;
}

function unitRows(t: Trace, l: number, j: number, reveal: number, n: Notation): Equation[] {
  const { spec } = t;
  const L = spec.layers.length - 1;
  const v = leavesOf(t, n);
  const softmax = spec.activations[l - 1] === 'softmax';
  const depth = 2 * (L - l); // colour slot of the weight edges above this layer
  const delta = v.delta(l, j);
  const lhs = [tex(delta.symbol, { of: delta.of })];
  const extra = { reveal, delta: nodeName.z(l, j) };
  const activation = (i: number) => leaf({ ...v.dAdZ(l, i, j), color: (depth + 1) % COLORS });

  if (l === L || softmax) {
    // δ_j = Σ_i ∂E/∂a_i · ∂a_i/∂z_j, over i = j alone unless the layer is a softmax.
    const outputs = softmax ? range(spec.layers[l]) : [j];
    const head = (i: number) =>
      l === L ? leaf({ ...v.lossSlope(i), color: 0 }) : leaf(v.dJdA(l, i));
    return expressionRows(
      lhs,
      sum(outputs.map((i) => product([head(i), activation(i)]))),
      delta,
      extra,
    );
  }

  // δ⁽ˡ⁾_j = (Σ_h δ⁽ˡ⁺¹⁾_h w⁽ˡ⁺¹⁾_hj) · ∂a_j/∂z_j
  const weight = (h: number) =>
    leaf({
      ...v.weightSlope(l + 1, h, j),
      symbol: n.W(l + 1, h, j),
      color: depth % COLORS,
    });
  const carried = sum(
    range(spec.layers[l + 1]).map((h) => product([leaf(v.delta(l + 1, h)), weight(h)])),
  );
  return expressionRows(lhs, product([group(carried), activation(j)]), delta, extra);
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}

/** δ of every unit of layer l (up to MAX_DELTA_UNITS written out), for sample 1. */
export function layerDeltaRows(t: Trace, l: number, n: Notation = DEFAULT_NOTATION): Equation[] {
  const units = range(t.spec.layers[l]);
  const rows = units.slice(0, MAX_DELTA_UNITS).flatMap((j) => unitRows(t, l, j, 0, n));
  if (units.length > MAX_DELTA_UNITS)
    rows.push({ kind: 'definition', lhs: [], rel: '', rhs: [tex('\\vdots')] });
  return rows;
}
