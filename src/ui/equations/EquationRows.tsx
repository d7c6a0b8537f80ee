import { formatTexNumber } from '../../derivation/number.ts';
import { partTex } from '../../derivation/parts.ts';
import type { Equation, Part } from '../../derivation/types.ts';
import { useAtlas, useAtlasStore } from '../store.tsx';
import { Tex } from '../Tex.tsx';

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
export function EquationRows({ rows, frame, digits, reusedDeltas, reusedLabel }: Props) {
  const store = useAtlasStore();
  const hover = useAtlas((s) => s.hover);
  const write = (v: number) => formatTexNumber(v, digits);
  const visible = rows.filter((r) => r.reveal === undefined || r.reveal <= frame);
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
      <span
        key={i}
        className={classes}
        data-factor={part.factor}
        onMouseEnter={
          part.factor ? () => store.getState().setHover(part.factor ?? null) : undefined
        }
        onMouseLeave={part.factor ? () => store.getState().setHover(null) : undefined}
      >
        <Tex tex={partTex(part, write)} />
      </span>
    );
  };
  return (
    <div className="equation-grid">
      {visible.map((row, r) => (
        <div className={`equation-row kind-${row.kind}`} key={`${r}-${row.kind}`} role="group">
          <span className="lhs">{row.lhs.map(renderPart)}</span>
          <span className="rel">{row.rel && <Tex tex={row.rel} />}</span>
          <span className="rhs">
            {row.rhs.map(renderPart)}
            {row.delta && reusedDeltas?.has(row.delta) && (
              <span className="badge">{reusedLabel}</span>
            )}
          </span>
        </div>
      ))}
    </div>
  );
}
