/**
 * A gradient filled cell by cell (seed 001's argument): each scalar partial — of a weight, a bias
 * or an input — derived with sample 1's numbers and dropped into its cell, so the matrix fills
 * before the reader's eyes; then the same matrix as one product, with its shape.
 */

import { edgeKey, nodeName, type ParamRef, paramName } from '../engine/names.ts';
import type { Trace } from '../engine/trace.ts';
import type { CellsOf } from '../schema/steps.ts';
import { type Expr, expressionRows, leaf, product, sum } from './expression.ts';
import { leavesOf } from './leaves.ts';
import { matrixRows } from './matrixForm.ts';
import { type Notation, partial } from './notation.ts';
import { tex } from './parts.ts';
import type { Quantity } from './quantity.ts';
import type { Equation, TraceFrame } from './types.ts';

/** Cells whose derivation is written out; the rest fill in one last frame. */
export const MAX_CELL_ROWS = 6;

interface Cell {
  /** Position in the matrix as the notation draws it. */
  i: number;
  j: number;
  value: number;
  /** What the cell holds. */
  of: Quantity;
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
  // A reduce, not Math.max(...cells): a wide layer's cells would overflow the argument stack.
  const rowsShape = cells.reduce((m, c) => Math.max(m, c.i), 0) + 1;
  const colsShape = cells.reduce((m, c) => Math.max(m, c.j), 0) + 1;
  const reveal: number[][] = Array.from({ length: rowsShape }, () =>
    new Array<number>(colsShape).fill(0),
  );
  const values: number[][] = Array.from({ length: rowsShape }, () =>
    new Array<number>(colsShape).fill(0),
  );
  const names: Quantity[][] = Array.from({ length: rowsShape }, () =>
    new Array<Quantity>(colsShape).fill({ q: 'carried' }),
  );
  cells.forEach((c, index) => {
    const listed = index < MAX_CELL_ROWS;
    if (listed || index === MAX_CELL_ROWS) frames.push({ keys: [], color: frames.length % 7 });
    const keys = frames[frames.length - 1].keys;
    for (const key of c.keys) keys.push(key);
    reveal[c.i][c.j] = frames.length;
    values[c.i][c.j] = c.value;
    names[c.i][c.j] = c.of;
    if (listed) for (const row of c.rows(frames.length)) equations.push(row);
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
    rhs: [{ matrix: values, cellReveal: reveal, ofCells: names }],
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
  const v = leavesOf(t, n);
  const row = n.spec.vectors === 'row';
  const units = spec.layers[l];
  const below = spec.layers[l - 1];
  // ∂E/∂z_j: as ∂E/∂a_j · ∂a_j/∂z_j where z_j feeds a_j alone; as δ_j itself in a softmax layer,
  // where z_j feeds every output and the sum over them is what δ holds.
  const softmax = spec.activations[l - 1] === 'softmax';
  const head = (j: number): Expr[] =>
    softmax
      ? [leaf({ ...v.delta(l, j), symbol: partial(n.E, n.z(l, j)) })]
      : [leaf(v.dJdA(l, j)), leaf(v.dAdZ(l, j, j))];
  const cells: Cell[] = [];
  if (of === 'inputs') {
    for (let k = 0; k < below; k++) {
      const handedBack = v.dJdA(l - 1, k);
      // ∂E/∂a_k = Σ_j ∂E/∂z_j · ∂z_j/∂a_k = Σ_j δ_j w_jk
      const e = sum(
        range(units).map((j) =>
          product([
            leaf({ ...v.delta(l, j), symbol: partial(n.E, n.z(l, j)) }),
            leaf(v.weightSlope(l, j, k)),
          ]),
        ),
      );
      cells.push({
        i: row ? 0 : k,
        j: row ? k : 0,
        value: handedBack.value,
        of: handedBack.of,
        keys: range(units).map((j) => edgeKey(nodeName.z(l, j), nodeName.activation(l - 1, k))),
        rows: (reveal) =>
          expressionRows([tex(handedBack.symbol, { of: handedBack.of })], e, handedBack, {
            reveal,
          }),
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
    const p: ParamRef =
      of === 'biases'
        ? { kind: 'bias', layer: l, row: j }
        : { kind: 'weight', layer: l, row: j, col: k };
    const g = v.sampleGradient(p);
    const slope = v.paramSlope(p);
    cells.push({
      i: of === 'biases' ? (row ? 0 : j) : row ? k : j,
      j: of === 'biases' ? (row ? j : 0) : row ? j : k,
      value: g.value,
      of: g.of,
      keys: [
        of === 'biases'
          ? edgeKey(nodeName.z(l, j), paramName(p))
          : edgeKey(nodeName.z(l, j), nodeName.activation(l - 1, k)),
      ],
      rows: (reveal) =>
        expressionRows([tex(g.symbol, { of: g.of })], product([...head(j), leaf(slope)]), g, {
          reveal,
        }),
    });
  }
  return cells;
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}
