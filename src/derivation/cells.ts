/**
 * A gradient filled cell by cell (seed 001's argument): each scalar partial — of a weight, a bias
 * or an input — derived with sample 1's numbers and dropped into its cell, so the matrix fills
 * before the reader's eyes; then the same matrix as one product, with its shape.
 */

import { edgeKey, nodeName, paramName } from '../engine/names.ts';
import { activationsOf, sampleGradient, type Trace } from '../engine/trace.ts';
import type { CellsOf } from '../schema/steps.ts';
import { matrixRows } from './matrixForm.ts';
import { type Notation, partial } from './notation.ts';
import { joinParts, num, tex } from './parts.ts';
import type { Equation, Part, TraceFrame } from './types.ts';

/** Cells whose derivation is written out; the rest fill in one last frame. */
export const MAX_CELL_ROWS = 6;

interface Cell {
  /** Position in the matrix as the notation draws it. */
  i: number;
  j: number;
  value: number;
  rows: (reveal: number) => Equation[];
  keys: string[];
}

export function cellSteps(
  t: Trace,
  l: number,
  of: CellsOf,
  n: Notation,
): { equations: Equation[]; frames: TraceFrame[] } {
  const cells = cellsOf(t, l, of, n);
  const frames: TraceFrame[] = [];
  const equations: Equation[] = [];
  const rowsShape = Math.max(...cells.map((c) => c.i)) + 1;
  const colsShape = Math.max(...cells.map((c) => c.j)) + 1;
  const reveal: number[][] = Array.from({ length: rowsShape }, () =>
    new Array<number>(colsShape).fill(0),
  );
  const values: number[][] = Array.from({ length: rowsShape }, () =>
    new Array<number>(colsShape).fill(0),
  );
  cells.forEach((c, index) => {
    const listed = index < MAX_CELL_ROWS;
    if (listed || index === MAX_CELL_ROWS) frames.push({ keys: [], color: frames.length % 7 });
    frames[frames.length - 1].keys.push(...c.keys);
    reveal[c.i][c.j] = frames.length;
    values[c.i][c.j] = c.value;
    if (listed) equations.push(...c.rows(frames.length));
  });
  if (cells.length > MAX_CELL_ROWS) {
    equations.push({
      kind: 'definition',
      lhs: [],
      rel: '',
      rhs: [tex(`\\vdots\\quad \\text{(${cells.length - MAX_CELL_ROWS} more)}`)],
      reveal: frames.length,
    });
  }
  const target = of === 'weights' ? n.Wm(l) : of === 'biases' ? n.bm(l) : n.am(l - 1);
  equations.push({
    kind: 'matrix',
    lhs: [tex(partial(n.E, target))],
    rel: '=',
    rhs: [{ matrix: values, cellReveal: reveal }],
  });
  // The matrix form that produces all the cells at once.
  const product = matrixRows(t, l, n).filter(
    (row) => row.kind === 'matrix' && row.lhs.some((p) => p.tex === partial(n.E, target)),
  );
  const shapes = matrixRows(t, l, n);
  for (const row of product) {
    equations.push({ ...row, reveal: frames.length });
    const dim = shapes[shapes.indexOf(row) + 1];
    if (dim?.kind === 'definition') equations.push({ ...dim, reveal: frames.length });
  }
  return { equations, frames };
}

function cellsOf(t: Trace, l: number, of: CellsOf, n: Notation): Cell[] {
  const { spec } = t;
  const s = t.samples[0];
  const layer = s.layers[l - 1];
  const prev = activationsOf(s, l - 1);
  const row = n.spec.vectors === 'row';
  const units = spec.layers[l];
  const below = spec.layers[l - 1];
  // ∂E/∂z_j: as ∂E/∂a_j · ∂a_j/∂z_j where z_j feeds a_j alone; as δ_j itself in a softmax layer,
  // where z_j feeds every output and the sum over them is what δ holds.
  const softmax = spec.activations[l - 1] === 'softmax';
  const head = (j: number | 'j', show: 'symbol' | 'number'): Part[] => {
    if (softmax)
      return show === 'symbol' || j === 'j'
        ? [tex(partial(n.E, n.z(l, j)))]
        : [num(layer.delta[j], { paren: true })];
    return show === 'symbol' || j === 'j'
      ? [tex(partial(n.E, n.a(l, j))), tex('\\cdot'), tex(partial(n.a(l, j), n.z(l, j)))]
      : [
          num(layer.dJdA[j], { paren: true }),
          tex('\\cdot'),
          num(layer.dAdZ[j][j], { paren: true }),
        ];
  };
  const headTerms = (j: number) => (softmax ? [layer.delta[j]] : [layer.dJdA[j], layer.dAdZ[j][j]]);
  const cells: Cell[] = [];
  if (of === 'inputs') {
    const W = spec.weights[l - 1];
    const handedBack = l === 1 ? s.dJdX : s.layers[l - 2].dJdA;
    for (let k = 0; k < below; k++) {
      const lhs = [tex(partial(n.E, n.a(l - 1, k)))];
      cells.push({
        i: row ? 0 : k,
        j: row ? k : 0,
        value: handedBack[k],
        keys: Array.from({ length: units }, (_, j) =>
          edgeKey(nodeName.z(l, j), nodeName.activation(l - 1, k)),
        ),
        rows: (reveal) => [
          {
            kind: 'symbolic',
            lhs,
            rel: '=',
            rhs: [
              tex('\\sum_j'),
              ...head('j', 'symbol'),
              tex('\\cdot'),
              tex(partial(n.z(l, 'j'), n.a(l - 1, k))),
            ],
            reveal,
          },
          {
            kind: 'substituted',
            lhs: [],
            rel: '=',
            rhs: [
              ...joinParts(
                Array.from({ length: units }, (_, j) => [
                  num(layer.delta[j], { paren: j > 0 }),
                  tex('\\cdot'),
                  num(W[j][k], { paren: true }),
                ]),
                '+',
              ),
              tex('='),
              num(handedBack[k]),
            ],
            value: handedBack[k],
            terms: Array.from({ length: units }, (_, j) => [layer.delta[j], W[j][k]]),
            reveal,
          },
        ],
      });
    }
    return cells;
  }
  const ordered: [number, number][] = [];
  if (of === 'biases') for (let j = 0; j < units; j++) ordered.push([0, j]);
  else if (row)
    for (let k = 0; k < below; k++) for (let j = 0; j < units; j++) ordered.push([k, j]);
  else for (let j = 0; j < units; j++) for (let k = 0; k < below; k++) ordered.push([k, j]);
  for (const [k, j] of ordered) {
    const p =
      of === 'biases'
        ? ({ kind: 'bias', layer: l, row: j } as const)
        : ({ kind: 'weight', layer: l, row: j, col: k } as const);
    const value = sampleGradient(s, p);
    const last = of === 'biases' ? 1 : prev[k];
    const lastSymbol =
      of === 'biases' ? partial(n.z(l, j), n.b(l, j)) : partial(n.z(l, j), n.W(l, j, k));
    const lhs = [tex(partial(n.E, n.param(p)))];
    const key =
      of === 'biases'
        ? edgeKey(nodeName.z(l, j), paramName(p))
        : edgeKey(nodeName.z(l, j), nodeName.activation(l - 1, k));
    cells.push({
      i: of === 'biases' ? (row ? 0 : j) : row ? k : j,
      j: of === 'biases' ? (row ? j : 0) : row ? j : k,
      value,
      keys: [key],
      rows: (reveal) => [
        {
          kind: 'symbolic',
          lhs,
          rel: '=',
          rhs: [...head(j, 'symbol'), tex('\\cdot'), tex(lastSymbol)],
          reveal,
        },
        {
          kind: 'substituted',
          lhs: [],
          rel: '=',
          rhs: [
            ...head(j, 'number'),
            tex('\\cdot'),
            num(last, { paren: true }),
            tex('='),
            num(value),
          ],
          value,
          terms: [[...headTerms(j), last]],
          reveal,
        },
      ],
    });
  }
  return cells;
}
