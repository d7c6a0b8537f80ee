import { Fragment, type KeyboardEvent, memo } from 'react';
import { formatNumber } from '../../derivation/number.ts';
import { nodeName, writeName } from '../../engine/names.ts';
import type { NetworkSpec } from '../../engine/spec.ts';
import { useStrings } from '../useStrings.ts';
import { TAB_ABOVE, TAB_HALF, TARGET_TAB_BELOW } from './geometry.ts';
import type { GraphLayout } from './layout.ts';

interface Props {
  layout: GraphLayout;
  spec: NetworkSpec;
  editing: string | null;
  onEdit(target: string | null): void;
  digits: number;
  /** The graph's one tab stop, as `tab:x0[0]` and so on. */
  tabStop: string | null;
}

/**
 * The numbers of sample 1 that are not parameters: each input (over its x node) and each target
 * (a "y = …" tab under its error node), as controls that open an editor where they are shown.
 * Memoized: a step changes none of them.
 */
export const SampleTabs = memo(function SampleTabs({
  layout,
  spec,
  editing,
  onEdit,
  digits,
  tabStop,
}: Props) {
  const t = useStrings();
  const sample = spec.samples[0];
  const open = (target: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      onEdit(target);
    }
  };
  const tab = (
    target: string,
    label: string,
    x: number,
    y: number,
    width: number,
    value: number,
  ) => {
    // A target's name holds the tab's own text ("y = 1"), as WCAG's label-in-name asks.
    const shown = `y = ${formatNumber(value, digits)}`;
    const name = target.startsWith('y')
      ? `${label}: ${shown}`
      : `${label} = ${formatNumber(value, digits)}`;
    return (
      <Fragment key={target}>
        {/* biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; a focusable group with role="button" is the SVG way */}
        <g
          className={`sample-tab ${editing === target ? 'selected' : ''}`}
          role="button"
          tabIndex={tabStop === `tab:${target}` ? 0 : -1}
          aria-label={name}
          data-edit={target}
          data-focus={`tab:${target}`}
          transform={`translate(${x},${y})`}
          onClick={() => onEdit(target)}
          onKeyDown={open(target)}
        >
          <rect
            className="sample-tab-box"
            x={-width / 2}
            y={-TAB_HALF}
            width={width}
            height={2 * TAB_HALF}
            rx={7}
          />
          <text className="sample-tab-label" textAnchor="middle" dy="0.35em">
            {target.startsWith('y') ? shown : '✎'}
          </text>
        </g>
      </Fragment>
    );
  };
  return (
    <>
      {sample.x.map((v, k) => {
        const node = layout.byName.get(nodeName.x(k));
        return node
          ? tab(
              writeName({ kind: 'sampleInput', sample: 0, index: k }),
              `${t.input} x0[${k}]`,
              node.x,
              node.y - layout.radius - TAB_ABOVE,
              2 * TAB_HALF,
              v,
            )
          : null;
      })}
      {sample.y.map((v, k) => {
        const node = layout.byName.get(`e[${k}]`);
        return node
          ? tab(
              writeName({ kind: 'sampleTarget', sample: 0, index: k }),
              `${t.target} y0[${k}]`,
              node.x,
              node.y + layout.radius + TARGET_TAB_BELOW,
              74,
              v,
            )
          : null;
      })}
    </>
  );
});
