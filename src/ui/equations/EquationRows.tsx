import type { FocusEvent, MouseEvent } from 'react';
import { formatNumber, formatTexNumber } from '../../derivation/number.ts';
import { equationTex, partTex } from '../../derivation/parts.ts';
import type { Equation, Part } from '../../derivation/types.ts';
import { FigureView } from '../figures/lazyFigures.tsx';
import { useAtlas, useAtlasStore } from '../store.tsx';
import { Tex } from '../Tex.tsx';
import { useStrings } from '../useStrings.ts';
import { EditableMatrix } from './EditableMatrix.tsx';

interface Props {
  rows: Equation[];
  /** Frames shown so far; parts and rows with a later reveal wait. */
  frame: number;
  digits: number;
  /** δ of these units was computed by an earlier trace: their rows say so. */
  reusedDeltas?: ReadonlySet<string>;
  reusedLabel?: string;
}

/**
 * Equation rows in a grid aligned on their relation. Each part is rendered on its own so that a
 * factor can light its edge in the graph, and wait for its frame of the trace.
 */
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

export function EquationRows({ rows, frame, digits, reusedDeltas, reusedLabel }: Props) {
  const t = useStrings();
  const store = useAtlasStore();
  const hover = useAtlas((s) => s.hover);
  const write = (v: number) => formatTexNumber(v, digits);
  const renderPart = (part: Part, i: number) => {
    const pending = part.reveal !== undefined && part.reveal > frame;
    const classes = [
      'part',
      part.color !== undefined ? `f-${part.color}` : '',
      part.factor ? 'factor' : '',
      part.factor && part.factor === hover ? 'hovered' : '',
      pending ? 'pending' : '',
    ].join(' ');
    return (
      <span key={i} className={classes} data-factor={part.factor}>
        {part.figure ? (
          <FigureView figure={part.figure} />
        ) : part.matrix && part.cells ? (
          <EditableMatrix matrix={part.matrix} cells={part.cells} digits={digits} />
        ) : (
          <Tex tex={partTex(part, write, frame)} output="html" />
        )}
      </span>
    );
  };
  // Pointer hover on a factor lights its edge; keyboard users get the same link from the graph,
  // where focusing an edge lights its factors here.
  const onPointer = (e: MouseEvent | FocusEvent) => {
    const target = e.target as HTMLElement;
    const factor = target.closest?.('[data-factor]')?.getAttribute('data-factor') ?? null;
    if (factor !== store.getState().hover) store.getState().setHover(factor);
  };
  const shown = rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.reveal === undefined || row.reveal <= frame);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a pointer-only highlight, mirrored by keyboard focus in the graph
    <div
      className="equation-grid"
      onMouseOver={onPointer}
      onFocus={onPointer}
      onMouseLeave={() => store.getState().setHover(null)}
    >
      {shown.map(({ row, index }) => (
        <div className={`equation-row kind-${row.kind}`} key={index}>
          <span className="lhs">
            {/* Screen readers get the whole row as one formula; the parts are for the eye. */}
            <Tex tex={equationTex(row, write)} output="mathml" className="visually-hidden" />
            {row.lhs.map(renderPart)}
          </span>
          <span className="rel">{row.rel && <Tex tex={row.rel} output="html" />}</span>
          <span className="rhs">
            {row.rhs.map(renderPart)}
            {row.delta && reusedDeltas?.has(row.delta) && (
              <span className="badge">{reusedLabel}</span>
            )}
            {drift(row, digits) && (
              <span className="drift">{t.roundedDrift(drift(row, digits) as string)}</span>
            )}
          </span>
        </div>
      ))}
    </div>
  );
}
