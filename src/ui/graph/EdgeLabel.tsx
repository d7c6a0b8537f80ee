import { memo } from 'react';
import { formatNumber } from '../../derivation/number.ts';
import { DELTA_BASELINE, LABEL_BASELINE, type LabelSide } from './labelPlacement.ts';
import type { PlacedEdge } from './layout.ts';

/**
 * Every weight's number, in one group GraphView draws after all the edges, so that no edge,
 * however thick a trace or a gradient draws it, runs over a number. Hidden from assistive
 * technology: each edge's accessible name carries its number.
 */
export function EdgeLabels({
  edges,
  weightOf,
  shown,
  digits,
  lastUpdate,
}: {
  edges: readonly PlacedEdge[];
  weightOf(e: PlacedEdge): number;
  /** Whether a weight's number is drawn (all of them, or the ones asked for). */
  shown(e: PlacedEdge): boolean;
  digits: number;
  lastUpdate: Record<string, number> | null;
}) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group of text, never focusable
    <g className="edge-labels" aria-hidden="true">
      {edges.map((e) =>
        e.param ? (
          <EdgeLabel
            key={e.key}
            param={e.param}
            x={e.labelX}
            y={e.labelY}
            side={e.labelSide}
            weight={shown(e) ? weightOf(e) : undefined}
            digits={digits}
            delta={lastUpdate?.[e.param]}
          />
        ) : null,
      )}
    </g>
  );
}

interface Props {
  /** The weight the label shows, `W1[0][1]`. */
  param: string;
  x: number;
  y: number;
  /** The side of its edge the number is drawn on (labelPlacement.ts); its Δ goes beneath it. */
  side: LabelSide;
  /** The weight's value, or undefined where its number is not shown (it is asked for on demand). */
  weight?: number;
  digits: number;
  /** How much the weight moved in the last training step. */
  delta?: number;
}

/** A weight's number (and its last training step's Δ) beside its edge. */
const EdgeLabel = memo(function EdgeLabel({ param, x, y, side, weight, digits, delta }: Props) {
  return (
    <>
      {weight !== undefined && (
        <text
          className="edge-label"
          data-label-for={param}
          x={x}
          y={y}
          dy={LABEL_BASELINE[side]}
          textAnchor="middle"
        >
          {formatNumber(weight, digits)}
        </text>
      )}
      {delta !== undefined && (
        <text
          className={`edge-delta ${delta >= 0 ? 'grad-pos' : 'grad-neg'}`}
          x={x}
          y={y}
          dy={DELTA_BASELINE[side]}
          textAnchor="middle"
        >
          {deltaText(delta)}
        </text>
      )}
    </>
  );
});

/** How far the last training step moved a weight, as its label shows it. */
export function deltaText(delta: number): string {
  return `Δ ${delta >= 0 ? '+' : ''}${formatNumber(delta, 2)}`;
}
