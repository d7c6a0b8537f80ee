import { type FocusEvent, type KeyboardEvent, type RefObject, useMemo, useState } from 'react';
import type { NetworkSpec } from '../../engine/spec.ts';
import { type FocusKey, type FocusMove, focusOrder, moveFocus } from './focusOrder.ts';
import type { GraphLayout } from './layout.ts';

/**
 * One tab stop for the whole graph: ↑/↓ move it between nodes, edges and tabs, Shift+↑/↓ by
 * column (focusOrder.ts). Returns the tab index of each item and the layer's handlers.
 */
export function useGraphFocus(
  layout: GraphLayout,
  spec: NetworkSpec,
  expanded: boolean,
  layer: RefObject<SVGGElement | null>,
) {
  const order = useMemo(
    () =>
      focusOrder(layout, Boolean(spec.biases), expanded, {
        inputs: spec.samples[0].x.length,
        outputs: spec.samples[0].y.length,
      }),
    [layout, spec, expanded],
  );
  const [active, setActive] = useState<FocusKey | null>(null);
  const tabStop =
    active && order.keys.includes(active)
      ? active
      : (order.keys.find((k) => k.startsWith('edge:') && k.includes('<')) ?? order.keys[0]);
  const tabIndexOf = (key: FocusKey) => (key === tabStop ? 0 : -1);
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    const moves: Record<string, FocusMove> = e.shiftKey
      ? { ArrowDown: 'nextGroup', ArrowUp: 'previousGroup' }
      : { ArrowDown: 'next', ArrowUp: 'previous' };
    const move = moves[e.key];
    if (!move || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const next = moveFocus(order, tabStop, move);
    setActive(next);
    layer.current?.querySelector<SVGElement>(`[data-focus="${CSS.escape(next)}"]`)?.focus();
  };
  const onFocus = (e: FocusEvent<SVGGElement>) => {
    const key = (e.target as Element).closest('[data-focus]')?.getAttribute('data-focus');
    if (key) setActive(key);
  };
  return { tabStop, tabIndexOf, onKeyDown, onFocus };
}
