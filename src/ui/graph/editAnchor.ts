import { nodeName, readName } from '../../engine/names.ts';
import { TAB_ABOVE, TARGET_TAB_BELOW } from './geometry.ts';
import { labelBox } from './labelPlacement.ts';
import type { GraphLayout } from './layout.ts';

/** Whether an edited number is a sample's input or target (`x0[1]`, `y0[0]`), not a parameter. */
export function isSampleNumber(target: string): boolean {
  const r = readName(target);
  return r?.kind === 'sampleInput' || r?.kind === 'sampleTarget';
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
  const r = readName(target);
  // The graph draws sample 1's numbers and each bias on its unit's node.
  const at =
    r?.kind === 'bias'
      ? (expanded ? nodeName.z : nodeName.a)(r.layer, r.row)
      : r?.kind === 'sampleInput' && r.sample === 0
        ? nodeName.x(r.index)
        : r?.kind === 'sampleTarget' && r.sample === 0
          ? nodeName.e(r.index)
          : undefined;
  const node = at === undefined ? undefined : layout.byName.get(at);
  if (!node) return null;
  return r?.kind === 'sampleTarget'
    ? { x: node.x, y: node.y + layout.radius + TARGET_TAB_BELOW }
    : { x: node.x, y: node.y - layout.radius - TAB_ABOVE };
}
