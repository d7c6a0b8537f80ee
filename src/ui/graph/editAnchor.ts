import { TAB_ABOVE, TARGET_TAB_BELOW } from './geometry.ts';
import { labelBox } from './labelPlacement.ts';
import type { GraphLayout } from './layout.ts';

/** Whether an edited number is a sample's input or target (`x0[1]`, `y0[0]`), not a parameter. */
export function isSampleNumber(target: string): boolean {
  return /^[xy]0\[/.test(target);
}

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
    if (!edge) return null;
    // The middle of the label's text, which is drawn beside its point.
    const box = labelBox(edge.labelX, edge.labelY, layout.labelSize, edge.labelSide);
    return { x: edge.labelX, y: (box.top + box.bottom) / 2 };
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
