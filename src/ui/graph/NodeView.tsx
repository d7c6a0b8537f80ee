import { memo } from 'react';
import { formatNumber } from '../../derivation/number.ts';
import { VALUE_BELOW } from './geometry.ts';
import type { NodeLabel } from './labels.ts';
import type { PlacedNode } from './layout.ts';

interface Props {
  node: PlacedNode;
  radius: number;
  value: number;
  label: NodeLabel;
  traced: boolean;
  lit: boolean;
  focus: boolean;
  digits: number;
  /** Accessible name: what the node is and its value. */
  name: string;
  /** 0 for the graph's one tab stop, else -1. */
  tabIndex: number;
}

/**
 * One node: a circle with its symbol inside and its value (sample 1) below; the arrow keys reach
 * it and a screen reader reads its name and value.
 */
export const NodeView = memo(function NodeView({
  node,
  radius,
  value,
  label,
  traced,
  lit,
  focus,
  digits,
  name,
  tabIndex,
}: Props) {
  const symbol = label;
  const classes = [
    'node',
    `node-${node.kind}`,
    traced ? 'traced' : '',
    lit ? 'lit' : '',
    focus ? 'focus' : '',
  ].join(' ');
  return (
    // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a node is read, not operated: focusable only so the graph's arrow keys can reach it, with the ARIA Graphics role for a drawn symbol
    <g
      className={classes}
      data-node={node.name}
      data-traced={traced ? '' : undefined}
      data-focus={`node:${node.name}`}
      role="graphics-symbol"
      aria-label={name}
      tabIndex={tabIndex}
      transform={`translate(${node.x},${node.y})`}
    >
      {/* The value first: its halo (app.css) goes under the circle's outline, not over it. */}
      <text className="node-value" textAnchor="middle" y={radius + VALUE_BELOW}>
        {formatNumber(value, digits)}
      </text>
      <circle r={node.kind === 'loss' ? radius + 3 : radius} />
      <text className="node-symbol" textAnchor="middle" dy="0.35em">
        {symbol.base}
        {symbol.sub && (
          <tspan className="sub" dy="0.35em">
            {symbol.sub}
          </tspan>
        )}
        {symbol.sup && (
          <tspan className="sup" dy="-0.9em">
            {symbol.sup}
          </tspan>
        )}
      </text>
    </g>
  );
});
