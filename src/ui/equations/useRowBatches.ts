import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Equation } from '../../derivation/types.ts';
import { useRounds } from '../hooks/useRounds.ts';

/**
 * How much a frame draws anew when rows already on screen change, in characters of TeX (a row's
 * look: its parts and its accessible text): an edit changes the numbers of every row of a large
 * body at once, and drawing them all in one frame makes it a long task (DESIGN.md: none over 50 ms
 * while editing). The page's nodes grow with the TeX, a bracketed matrix's as much as a formula's
 * (about three for every four characters), so characters weigh a matrix row and a number alike.
 */
export const TEX_PER_FRAME = 600;

export interface Drawn {
  rows: readonly (Equation | null)[];
  /** What each row looked like as drawn (its parts and accessible text, as text); null: not drawn. */
  looks: readonly (string | null)[];
}

/**
 * The rows to draw now (null: not yet). A row not shown now (`looks[i]` null) or looking as
 * drawn comes as it is. Of rows that look different, the first ones up to `budget` characters of
 * look (always at least one row) are drawn anew, the others as they were last drawn, whole (a
 * row's numbers always agree with each other). With `appearing`, rows not drawn before share the
 * same budget and those beyond it wait; without, they all come at once. `waiting` says some rows
 * are still to come.
 */
export function batchRows(
  rows: readonly Equation[],
  looks: readonly (string | null)[],
  drawn: Drawn,
  { budget = TEX_PER_FRAME, appearing = false } = {},
): Drawn & { waiting: boolean } {
  let left = budget;
  let first = true;
  let waiting = false;
  const shown: (Equation | null)[] = [];
  const shownLooks: (string | null)[] = [];
  for (const [i, row] of rows.entries()) {
    const look = looks[i];
    const was = drawn.looks[i] ?? null;
    const costs = look !== null && look !== was && (was !== null || appearing);
    const cost = look?.length ?? 0;
    if (costs && !first && cost > left) {
      waiting = true;
      shown.push(was === null ? null : (drawn.rows[i] ?? null));
      shownLooks.push(was);
      continue;
    }
    if (costs) {
      left -= cost;
      first = false;
    }
    shown.push(row);
    shownLooks.push(look);
  }
  return { rows: shown, looks: shownLooks, waiting };
}

/**
 * Rows as `batchRows` draws them (and whether some are still to come), the rest following in
 * later frames (each once the previous frame has been painted) until every row is current. Rows
 * there at the first render come at once (a body opened, or drawn ahead); rows appearing later
 * (at the end of a trace) come in parts, and with `inParts` the first ones too (a section that
 * appears whole mid-step).
 */
export function useRowBatches(
  rows: readonly Equation[],
  look: (row: Equation) => string | null,
  inParts = false,
) {
  const drawn = useRef<Drawn | null>(null);
  const [round, next] = useRounds();
  const batch = batchRows(rows, rows.map(look), drawn.current ?? { rows: [], looks: [] }, {
    appearing: inParts || drawn.current !== null,
  });
  useLayoutEffect(() => {
    drawn.current = batch;
  });
  const { waiting } = batch;
  useEffect(() => {
    void round;
    if (waiting) return next();
  }, [waiting, round, next]);
  return batch;
}
