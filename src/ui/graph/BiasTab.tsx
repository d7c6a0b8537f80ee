import { type KeyboardEvent, memo } from 'react';
import { formatNumber } from '../../derivation/number.ts';
import { TAB_ABOVE, TAB_HALF } from './geometry.ts';

interface Props {
  param: string;
  /** Position of the unit's node. */
  x: number;
  y: number;
  radius: number;
  value: number;
  name: string;
  selected: boolean;
  traced: boolean;
  digits: number;
  /** 0 for the graph's one tab stop, else -1. */
  tabIndex: number;
  onSelect(param: string): void;
}

/**
 * A bias, drawn as a small "b" tab on its unit: a focusable control like a weight edge.
 * Memoized: a step, or a frame of a trace, changes no bias tab unless it is traced or selected.
 */
export const BiasTab = memo(function BiasTab({
  param,
  x,
  y,
  radius,
  value,
  name,
  selected,
  traced,
  digits,
  tabIndex,
  onSelect,
}: Props) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      onSelect(param);
    }
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; a focusable group with role="button" is the SVG way
    <g
      className={`bias ${selected ? 'selected' : ''} ${traced ? 'traced' : ''}`}
      data-param={param}
      data-traced={traced ? '' : undefined}
      data-focus={`bias:${param}`}
      role="button"
      tabIndex={tabIndex}
      aria-label={name}
      aria-pressed={selected}
      transform={`translate(${x},${y - radius - TAB_ABOVE})`}
      onClick={() => onSelect(param)}
      onKeyDown={onKeyDown}
    >
      <rect x={-TAB_HALF} y={-TAB_HALF} width={2 * TAB_HALF} height={2 * TAB_HALF} rx={7} />
      <text textAnchor="middle" dy="0.35em">
        b
      </text>
      <title>{`${param} = ${formatNumber(value, digits)}`}</title>
    </g>
  );
});
