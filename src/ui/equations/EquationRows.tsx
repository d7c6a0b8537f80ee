import { type FocusEvent, type MouseEvent, type ReactNode, useMemo } from 'react';
import { formatNumber, formatTexNumber } from '../../derivation/number.ts';
import { equationTex, partTex } from '../../derivation/parts.ts';
import { numberSlots, slotKey, termAskable } from '../../derivation/slots.ts';
import type { Equation, Part } from '../../derivation/types.ts';
import { FigureView } from '../figures/lazyFigures.tsx';
import { useAtlas, useAtlasStore } from '../store.tsx';
import { Tex } from '../Tex.tsx';
import { useStrings } from '../useStrings.ts';
import { EditableMatrix } from './EditableMatrix.tsx';
import { partJoins } from './partJoins.ts';
import { useRowBatches } from './useRowBatches.ts';

/** What self-check asks for: one number (by its index in numberSlots), or a row's whole term. */
export type CheckTarget = { kind: 'slot'; index: number } | { kind: 'term'; row: number };

interface Props {
  rows: Equation[];
  /** Frames shown so far; parts and rows with a later reveal wait. */
  frame: number;
  digits: number;
  /** δ of these units was computed by an earlier trace: their rows say so. */
  reusedDeltas?: ReadonlySet<string>;
  reusedLabel?: string;
  /** Numbers from this one on (in numberSlots order) show as "?": presentation's reveal. */
  concealFrom?: number;
  /** The rows' first drawing also comes a few rows per frame (a section appearing mid-step). */
  inParts?: boolean;
  /** Self-check: any number, or a row's whole term, can be hidden and asked for. */
  check?: {
    asked: CheckTarget | null;
    onAsk(target: CheckTarget): void;
    /** The answer field, drawn where the asked number was (or after the asked term). */
    field: ReactNode;
  };
}

/**
 * When the numbers as shown (rounded to `digits`) would not give the value shown, what they give:
 * rounding drift the reader would meet checking the row by hand.
 */
export function drift(row: Equation, digits: number): string | null {
  if (!row.terms || row.value === undefined) return null;
  const round = (v: number) => Number(v.toPrecision(digits));
  const fromShown = row.terms.reduce(
    (s, product) => s + product.reduce((p, v) => p * round(v), 1),
    0,
  );
  const shown = formatNumber(row.value, digits);
  const recomputed = formatNumber(fromShown, digits);
  return recomputed === shown ? null : recomputed;
}

/**
 * What a row looks like when drawn at `frame`, as text (two rows that look alike draw alike);
 * null while it waits for a later frame of the animation.
 */
function rowLook(row: Equation, write: (v: number) => string, frame: number): string | null {
  if (row.reveal !== undefined && row.reveal > frame) return null;
  const part = (p: Part) =>
    `${partTex(p, write, frame)}${p.reveal !== undefined && p.reveal > frame ? '…' : ''}`;
  return `${row.lhs.map(part).join('|')}|${row.rel}|${row.rhs.map(part).join('|')}|${equationTex(row, write)}`;
}

const HIDDEN_TEX = '\\boxed{\\,?\\,}';

/**
 * Equation rows in a grid aligned on their relation. Each part is rendered on its own so that a
 * factor can light its edge in the graph, and wait for its frame of the trace.
 */
export function EquationRows({
  rows: current,
  frame,
  digits,
  reusedDeltas,
  reusedLabel,
  concealFrom,
  check,
  inParts = false,
}: Props) {
  const t = useStrings();
  const store = useAtlasStore();
  const hover = useAtlas((s) => s.hover);
  const write = (v: number) => formatTexNumber(v, digits);
  // Rows on screen that must change (an edit) change a few per frame, each row whole.
  const { rows, looks, waiting } = useRowBatches(
    current,
    (row) => rowLook(row, write, frame),
    inParts,
  );
  const slotIndex = useMemo(
    () => new Map(numberSlots(current).map((slot, i) => [slotKey(slot), i])),
    [current],
  );
  const asked = check?.asked ?? null;
  /** How a number is drawn: as itself, as "?", as the answer field, or as a button that hides it. */
  const numberState = (row: number, side: 'lhs' | 'rhs', part: number) => {
    const index = slotIndex.get(slotKey({ row, side, part }));
    if (index === undefined) return 'text';
    if (asked?.kind === 'slot' && asked.index === index) return 'asked';
    if (asked?.kind === 'term' && asked.row === row && side === 'rhs') return 'hidden';
    if (concealFrom !== undefined && index >= concealFrom) return 'hidden';
    if (check && !asked) return 'hideable';
    return 'text';
  };
  const renderPart = (row: number, side: 'lhs' | 'rhs') => (part: Part, i: number) => {
    const pending = part.reveal !== undefined && part.reveal > frame;
    const joins = side === 'rhs' && part.tex !== undefined ? partJoins(part.tex) : null;
    const classes = [
      'part',
      part.color !== undefined ? `f-${part.color}` : '',
      part.factor ? 'factor' : '',
      part.factor && part.factor === hover ? 'hovered' : '',
      pending ? 'pending' : '',
      joins?.prev ? 'join-prev' : '',
      joins?.next ? 'join-next' : '',
    ].join(' ');
    const state = numberState(row, side, i);
    const index = slotIndex.get(slotKey({ row, side, part: i }));
    const drawn = (
      <Tex tex={state === 'hidden' ? HIDDEN_TEX : partTex(part, write, frame)} output="html" />
    );
    return (
      <span key={i} className={classes} data-factor={part.factor}>
        {part.figure ? (
          <FigureView figure={part.figure} />
        ) : part.matrix && part.cells ? (
          <EditableMatrix matrix={part.matrix} cells={part.cells} digits={digits} />
        ) : state === 'asked' ? (
          check?.field
        ) : state === 'hideable' && index !== undefined && part.value !== undefined ? (
          <button
            type="button"
            className="hide-number"
            aria-label={t.hideNumber(formatNumber(part.value, digits))}
            onClick={() => check?.onAsk({ kind: 'slot', index })}
          >
            {drawn}
          </button>
        ) : (
          drawn
        )}
      </span>
    );
  };
  /** The row's formula for screen readers, with "?" where a number is hidden. */
  const spoken = (row: Equation, r: number) => {
    const side = (name: 'lhs' | 'rhs') =>
      row[name]
        .map((p, i) =>
          numberState(r, name, i) === 'text' || numberState(r, name, i) === 'hideable'
            ? partTex(p, write)
            : '?',
        )
        .join(' ');
    return [side('lhs'), row.rel, side('rhs')].filter((x) => x !== '').join(' ');
  };
  const anyHidden = asked !== null || (concealFrom !== undefined && concealFrom < slotIndex.size);
  const hasHidden = (row: Equation, r: number) =>
    (['lhs', 'rhs'] as const).some((side) =>
      row[side].some((_, i) => ['hidden', 'asked'].includes(numberState(r, side, i))),
    );
  // Pointer hover on a factor lights its edge; keyboard users get the same link from the graph,
  // where focusing an edge lights its factors here.
  const onPointer = (e: MouseEvent | FocusEvent) => {
    const target = e.target as HTMLElement;
    const factor = target.closest?.('[data-factor]')?.getAttribute('data-factor') ?? null;
    if (factor !== store.getState().hover) store.getState().setHover(factor);
  };
  // A row is drawn once it has a look: revealed by the animation, and its turn come (rowLook).
  const shown = rows.flatMap((row, index) =>
    row && looks[index] !== null ? [{ row, index }] : [],
  );
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a pointer-only highlight, mirrored by keyboard focus in the graph
    <div
      className="equation-grid"
      // Rows still to be drawn (a few a frame): busy until they all show the current numbers.
      aria-busy={waiting || undefined}
      onMouseOver={onPointer}
      onFocus={onPointer}
      onMouseLeave={() => store.getState().setHover(null)}
    >
      {shown.map(({ row, index }) => {
        const hidden = hasHidden(row, index);
        // While any number is hidden, no rounding note: it would give the hidden one away.
        const rounded = anyHidden ? null : drift(row, digits);
        return (
          <div className={`equation-row kind-${row.kind}`} key={index}>
            <span className="lhs">
              {/* Screen readers get the whole row as one formula; the parts are for the eye. */}
              <Tex
                tex={hidden ? spoken(row, index) : equationTex(row, write)}
                output="mathml"
                className="visually-hidden"
              />
              {row.lhs.map(renderPart(index, 'lhs'))}
            </span>
            <span className="rel">{row.rel && <Tex tex={row.rel} output="html" />}</span>
            <span className="rhs">
              {row.rhs.map(renderPart(index, 'rhs'))}
              {asked?.kind === 'term' && asked.row === index && (
                <span className="part">
                  <Tex tex="=" output="html" />
                  {check?.field}
                </span>
              )}
              {check && !asked && termAskable(row) && (
                <button
                  type="button"
                  className="hide-term"
                  aria-label={t.hideTerm}
                  title={t.hideTerm}
                  onClick={() => check.onAsk({ kind: 'term', row: index })}
                >
                  ?
                </button>
              )}
              {row.delta && reusedDeltas?.has(row.delta) && (
                <span className="badge">{reusedLabel}</span>
              )}
              {rounded && <span className="drift">{t.roundedDrift(rounded)}</span>}
            </span>
          </div>
        );
      })}
    </div>
  );
}
