import { memo } from 'react';
import { formatNumber } from '../../derivation/number.ts';
import { LABEL_BASELINE, type LabelSide } from './labelPlacement.ts';

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

/**
 * A weight's number (and its last training step's Δ) beside its edge. GraphView draws all of
 * them after all the edges, so no edge, however thick a trace or a gradient draws it, runs over
 * another's number. Its edge carries the same number in its accessible name.
 */
export const EdgeLabel = memo(function EdgeLabel({
  param,
  x,
  y,
  side,
  weight,
  digits,
  delta,
}: Props) {
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
          dy={side === 'above' ? '1.1em' : '2.2em'}
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
