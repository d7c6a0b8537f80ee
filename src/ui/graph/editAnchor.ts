import { TAB_ABOVE, TARGET_TAB_BELOW } from './geometry.ts';
import type { GraphLayout } from './layout.ts';

/**
 * Where the editor of a number opens, in the graph's coordinates: over the control that shows
 * the number (a weight's label, a bias tab, an input's or a target's tab), so the field takes the
 * number's place. Null when the graph does not show that number.
 */
export function editAnchor(
  target: string,
  layout: GraphLayout,
  expanded: boolean,
): { x: number; y: number } | null {
  if (target.startsWith('W')) {
    const edge = layout.edges.find((e) => e.param === target);
    // The label's text is drawn 0.4em above its point; its middle is 0.75em above.
    return edge ? { x: edge.labelX, y: edge.labelY - 0.75 * layout.labelSize } : null;
  }
  const m = /^(b(\d+)|x0|y0)\[(\d+)\]$/.exec(target);
  if (!m) return null;
  const [, kind, layer, index] = m;
  const node = layout.byName.get(
    kind === 'x0'
      ? `x[${index}]`
      : kind === 'y0'
        ? `e[${index}]`
        : `${expanded ? 'z' : 'a'}${layer}[${index}]`,
  );
  if (!node) return null;
  return kind === 'y0'
    ? { x: node.x, y: node.y + layout.radius + TARGET_TAB_BELOW }
    : { x: node.x, y: node.y - layout.radius - TAB_ABOVE };
}
