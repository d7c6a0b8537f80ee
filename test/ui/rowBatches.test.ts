import { describe, expect, it } from 'vitest';
import type { Equation } from '../../src/derivation/types.ts';
import { batchRows, type Drawn } from '../../src/ui/equations/useRowBatches.ts';

/** A row of `parts` numbers, all equal to `v`. */
const row = (v: number, parts = 4): Equation => ({
  kind: 'substituted',
  lhs: [{ tex: 'x' }],
  rel: '=',
  rhs: Array.from({ length: parts - 1 }, () => ({ value: v })),
});
/** Each number is drawn as four characters: a row of n numbers costs 4n. */
const look = (r: Equation) => r.rhs.map((p) => String(p.value).padStart(4)).join('');
const drawnOf = (rows: Equation[]): Drawn => ({ rows, looks: rows.map(look) });

describe('rows drawn a few per frame', () => {
  it('rows that look the same, or are not shown yet, come as they are and cost nothing', () => {
    const old = [row(1), row(2), row(3)];
    const now = [row(1), row(2), row(3), row(4)];
    const looks = [...now.slice(0, 3).map(look), null];
    const batch = batchRows(now, looks, drawnOf(old), { budget: 1 });
    expect(batch.rows).toEqual(now);
    expect(batch.waiting).toBe(false);
  });

  it('changed rows beyond the budget stay as drawn, whole, until a later frame', () => {
    const old = [row(1), row(2), row(3)];
    const now = [row(10), row(20), row(30)];
    const first = batchRows(now, now.map(look), drawnOf(old), { budget: 24 });
    expect(first.rows).toEqual([now[0], now[1], old[2]]);
    expect(first.looks).toEqual([look(now[0]), look(now[1]), look(old[2])]);
    expect(first.waiting).toBe(true);
    const second = batchRows(now, now.map(look), first, { budget: 24 });
    expect(second.rows).toEqual(now);
    expect(second.waiting).toBe(false);
  });

  it('a row larger than the budget still comes, first, so every change ends', () => {
    const old = [row(1, 40), row(2)];
    const now = [row(5, 40), row(6)];
    const first = batchRows(now, now.map(look), drawnOf(old), { budget: 24 });
    expect(first.rows).toEqual([now[0], old[1]]);
    expect(batchRows(now, now.map(look), first, { budget: 24 }).rows).toEqual(now);
  });

  it('appearing rows come at once on a first drawing, else share the budget and wait', () => {
    const now = [row(1), row(2), row(3)];
    const none: Drawn = { rows: [], looks: [] };
    expect(batchRows(now, now.map(look), none, { budget: 16 }).rows).toEqual(now);
    const parts = batchRows(now, now.map(look), none, { budget: 16, appearing: true });
    expect(parts.rows).toEqual([now[0], null, null]);
    expect(parts.waiting).toBe(true);
    const next = batchRows(now, now.map(look), parts, { budget: 16, appearing: true });
    expect(next.rows).toEqual([now[0], now[1], null]);
  });

  it('a row costs what its look takes to write: a matrix row weighs more than its part count', () => {
    const matrixRow = (v: number): Equation => ({
      kind: 'matrix',
      lhs: [{ tex: 'W' }],
      rel: '=',
      rhs: [{ matrix: [Array(6).fill(v), Array(6).fill(v)] }],
    });
    const matrixLook = (r: Equation) => (r.rhs[0].matrix ?? []).flat().join('&');
    const now = [matrixRow(1), matrixRow(2), matrixRow(3)];
    const none: Drawn = { rows: [], looks: [] };
    // Each row has two parts, but a look of 23 characters: a budget of 30 takes one row a frame.
    const parts = batchRows(now, now.map(matrixLook), none, { budget: 30, appearing: true });
    expect(parts.rows).toEqual([now[0], null, null]);
  });
});
