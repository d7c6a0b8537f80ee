/**
 * The numbers of a step's rows, in reading order (row by row, left side then right): what
 * presentation mode reveals one click at a time, and what self-check lets a learner hide.
 */

import type { Equation, FactorKey } from './types.ts';

export interface Slot {
  row: number;
  side: 'lhs' | 'rhs';
  /** Index of the part within its side. */
  part: number;
  value: number;
  factor?: FactorKey;
}

export function numberSlots(rows: readonly Equation[]): Slot[] {
  return rows.flatMap((row, r) =>
    (['lhs', 'rhs'] as const).flatMap((side) =>
      row[side].flatMap((p, i) =>
        p.value === undefined
          ? []
          : [{ row: r, side, part: i, value: p.value, ...(p.factor ? { factor: p.factor } : {}) }],
      ),
    ),
  );
}

/** Where slot `index` is, as `row:side:part`, for looking a part up while drawing. */
export function slotKey(s: Pick<Slot, 'row' | 'side' | 'part'>): string {
  return `${s.row}:${s.side}:${s.part}`;
}

/** Whether self-check can ask for a row's whole term: the row has a value and the terms behind it. */
export function termAskable(row: Equation): boolean {
  return row.value !== undefined && row.terms !== undefined;
}

/** Whether a step's rows have anything for self-check to hide: a number, or a whole term. */
export function anythingToHide(rows: readonly Equation[]): boolean {
  return numberSlots(rows).length > 0 || rows.some(termAskable);
}
