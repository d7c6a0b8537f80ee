/**
 * δ named at every unit the paths to a parameter pass through, from the output layer down:
 * δ⁽ᴸ⁾_j = ∂E/∂a_j · ∂a_j/∂z_j, then δ⁽ˡ⁾_j = (Σ_h δ⁽ˡ⁺¹⁾_h w⁽ˡ⁺¹⁾_hj) · ∂a_j/∂z_j. Each δ is the
 * sum of every path's head down to that unit, computed once and reused by every parameter below.
 */

import { edgeKey, nodeName, type ParamRef } from '../engine/names.ts';
import type { Trace } from '../engine/trace.ts';
import { DEFAULT_NOTATION, type Notation, partial } from './notation.ts';
import { joinParts, num, tex } from './parts.ts';
import { COLORS, type Equation, type Part } from './types.ts';

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
  const s = t.samples[0];
  const layer = s.layers[l - 1];
  const softmax = spec.activations[l - 1] === 'softmax';
  const depth = 2 * (L - l); // colour slot of the weight edges above this layer
  const activationKey = (i: number) => edgeKey(nodeName.a(l, i), nodeName.z(l, j));
  const dAdZ = (i: number, show: (v: number) => Part) => ({
    ...show(layer.dAdZ[i][j]),
    factor: activationKey(i),
    color: (depth + 1) % COLORS,
  });
  const lhs = [tex(n.delta(l, j))];
  const delta = layer.delta[j];
  const zName = nodeName.z(l, j);

  if (l === L || softmax) {
    // δ_j = Σ_i ∂E/∂a_i · ∂a_i/∂z_j, over i = j alone unless the layer is a softmax.
    const outputs = softmax ? range(spec.layers[l]) : [j];
    const head = (i: number): Part =>
      l === L
        ? {
            tex: partial(n.E, n.a(l, i)),
            factor: edgeKey(nodeName.e(i), nodeName.a(l, i)),
            color: 0,
          }
        : tex(partial(n.E, n.a(l, i)));
    const headValue = (i: number): Part =>
      l === L
        ? num(layer.dJdA[i], {
            paren: true,
            factor: edgeKey(nodeName.e(i), nodeName.a(l, i)),
            color: 0,
          })
        : num(layer.dJdA[i], { paren: true });
    return [
      {
        kind: 'symbolic',
        lhs,
        rel: '=',
        rhs: joinParts(
          outputs.map((i) => [
            head(i),
            tex('\\cdot'),
            dAdZ(i, () => tex(partial(n.a(l, i), n.z(l, j)))),
          ]),
          '+',
        ),
        delta: zName,
        reveal,
      },
      {
        kind: 'substituted',
        lhs: [],
        rel: '=',
        rhs: [
          ...joinParts(
            outputs.map((i) => [
              headValue(i),
              tex('\\cdot'),
              dAdZ(i, (v) => num(v, { paren: true })),
            ]),
            '+',
          ),
          tex('='),
          num(delta),
        ],
        value: delta,
        terms: outputs.map((i) => [layer.dJdA[i], layer.dAdZ[i][j]]),
        delta: zName,
        reveal,
      },
    ];
  }

  // δ⁽ˡ⁾_j = (Σ_h δ⁽ˡ⁺¹⁾_h w⁽ˡ⁺¹⁾_hj) · ∂a_j/∂z_j
  const above = s.layers[l].delta;
  const W = spec.weights[l];
  const weightKey = (h: number) => edgeKey(nodeName.z(l + 1, h), nodeName.a(l, j));
  const sum = (show: (h: number) => [Part, Part]) =>
    joinParts(
      range(spec.layers[l + 1]).map((h) => {
        const [d, w] = show(h);
        return [d, tex('\\cdot'), { ...w, factor: weightKey(h), color: depth % COLORS }];
      }),
      '+',
    );
  return [
    {
      kind: 'symbolic',
      lhs,
      rel: '=',
      rhs: [
        tex('\\Big('),
        ...sum((h) => [tex(n.delta(l + 1, h)), tex(n.W(l + 1, h, j))]),
        tex('\\Big)\\cdot'),
        dAdZ(j, () => tex(partial(n.a(l, j), n.z(l, j)))),
      ],
      delta: zName,
      reveal,
    },
    {
      kind: 'substituted',
      lhs: [],
      rel: '=',
      rhs: [
        tex('\\Big('),
        ...sum((h) => [num(above[h], { paren: h > 0 }), num(W[h][j], { paren: true })]),
        tex('\\Big)\\cdot'),
        dAdZ(j, (v) => num(v, { paren: true })),
        tex('='),
        num(delta),
      ],
      value: delta,
      terms: range(spec.layers[l + 1]).map((h) => [above[h], W[h][j], layer.dAdZ[j][j]]),
      delta: zName,
      reveal,
    },
  ];
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
