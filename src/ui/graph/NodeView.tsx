import { formatNumber } from '../../derivation/number.ts';
import type { PlacedNode } from './layout.ts';

const NAME = /^([xe])\[(\d+)\]$|^([za])(\d+)\[(\d+)\]$/;

/** A node's symbol as base, subscript (1-based) and layer superscript. */
function symbolOf(name: string): { base: string; sub?: string; sup?: string } {
  const m = NAME.exec(name);
  if (!m) return { base: name };
  if (m[1]) return { base: m[1], sub: String(Number(m[2]) + 1) };
  return { base: m[3], sub: String(Number(m[5]) + 1), sup: `(${m[4]})` };
}

interface Props {
  node: PlacedNode;
  radius: number;
  value: number;
  /** In compact mode a unit's circle stands for both z and a. */
  label?: string;
  traced: boolean;
  lit: boolean;
  focus: boolean;
  digits: number;
}

/** One node: a circle with its symbol inside and its value (sample 1) below. */
export function NodeView({ node, radius, value, label, traced, lit, focus, digits }: Props) {
  const symbol = symbolOf(label ?? node.name);
  const classes = [
    'node',
    `node-${node.kind}`,
    traced ? 'traced' : '',
    lit ? 'lit' : '',
    focus ? 'focus' : '',
  ].join(' ');
  return (
    <g
      className={classes}
      data-node={node.name}
      data-traced={traced ? '' : undefined}
      transform={`translate(${node.x},${node.y})`}
    >
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
      <text className="node-value" textAnchor="middle" y={radius + 15}>
        {formatNumber(value, digits)}
      </text>
    </g>
  );
}
