/**
 * Where each weight's label goes along its edge, so that labels do not sit on one another, on a
 * node, on a node's value or on the tabs above nodes. Edges that fan out of one node all start
 * together; a label a fixed way along each of them would pile up near that node.
 */

import { TAB_ABOVE, TAB_HALF, VALUE_BELOW } from './geometry.ts';

/** Weight labels are drawn on every edge up to this many weights; above it, on demand. */
export const MAX_LABELLED_WEIGHTS = 24;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Placeable {
  param?: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Labels' and node values' text size: 12 px, and 17 px in presentation mode (app.css). */
export const LABEL_SIZE = { normal: 12, presentation: 17 };

/** Which side of its edge a label is drawn on. */
export type LabelSide = 'above' | 'below';

/** Where a label's text sits from its anchor on the edge: its baseline, in em (EdgeLabel.tsx). */
export const LABEL_BASELINE: Record<LabelSide, string> = { above: '-0.4em', below: '1.1em' };
/** Where a label's training Δ sits: beneath the edge, or beneath a number already there. */
export const DELTA_BASELINE: Record<LabelSide, string> = { above: '1.1em', below: '2.2em' };

/**
 * A label's box around its anchor: text of `size` px, "−0.84" wide, drawn just above the anchor
 * (or, `below`, just beneath it).
 */
export function labelBox(
  x: number,
  y: number,
  size = LABEL_SIZE.normal,
  side: LabelSide = 'above',
): Box {
  const half = 1.42 * size;
  const [top, bottom] = side === 'above' ? [-1.25, -0.25] : [0.25, 1.25];
  return { left: x - half, top: y + top * size, right: x + half, bottom: y + bottom * size };
}

/**
 * What a node takes up: its circle, its value below (text of `size` px, as wide as "−0.05483"),
 * and a tab's room above.
 */
export function nodeBoxes(
  node: { x: number; y: number },
  radius: number,
  size = LABEL_SIZE.normal,
): Box[] {
  return [
    {
      left: node.x - radius,
      top: node.y - radius,
      right: node.x + radius,
      bottom: node.y + radius,
    },
    {
      left: node.x - 2.2 * size,
      top: node.y + radius + VALUE_BELOW - 0.83 * size,
      right: node.x + 2.2 * size,
      bottom: node.y + radius + VALUE_BELOW + 0.25 * size,
    },
    {
      left: node.x - TAB_HALF,
      top: node.y - radius - TAB_ABOVE - TAB_HALF,
      right: node.x + TAB_HALF,
      bottom: node.y - radius - TAB_ABOVE + TAB_HALF,
    },
  ];
}

/** How far along the edge to try, best first: about a third of the way, then nearby, then further. */
const SLANTED = [0.3, 0.35, 0.4, 0.25, 0.45, 0.2, 0.5, 0.55, 0.6, 0.65, 0.7, 0.15, 0.75, 0.8];
const LEVEL = [0.5, 0.38, 0.62, 0.3, 0.7];
const SIDES: LabelSide[] = ['above', 'below'];

/**
 * A label's point, the side of its edge it is drawn on, and whether it could only go where it
 * overlaps another label.
 */
export interface LabelPoint {
  x: number;
  y: number;
  side: LabelSide;
  crowded: boolean;
}

/**
 * Label points for the edges that carry a weight (the others get none), placed one after another:
 * each at the first point along its edge, above it and then (every point tried above) beneath it,
 * that overlaps nothing placed so far and that no other edge runs through (a label on a crossing
 * could be either edge's); or else where it overlaps other labels least, then nodes, values and
 * tabs least, then where fewest edges run through it. Where even that spot is on another label,
 * the label is marked crowded: it is drawn only on demand, and takes no room from the labels
 * after it.
 */
export function placeLabels(
  edges: readonly Placeable[],
  obstacles: readonly Box[],
  size = LABEL_SIZE.normal,
): (LabelPoint | null)[] {
  const taken: Box[] = [...obstacles];
  const labels: Box[] = [];
  return edges.map((e) => {
    if (!e.param) return null;
    const at = (t: number) => ({ x: e.x1 + (e.x2 - e.x1) * t, y: e.y1 + (e.y2 - e.y1) * t });
    const ts = e.y1 === e.y2 ? LEVEL : SLANTED;
    let best = { ...at(0.3), side: 'above' as LabelSide };
    let least = [Number.POSITIVE_INFINITY];
    for (const [side, t] of SIDES.flatMap((side) => ts.map((t) => [side, t] as const))) {
      const p = { ...at(t), side };
      const box = labelBox(p.x, p.y, size, side);
      const score = [
        labels.reduce((sum, b) => sum + overlapArea(box, b), 0),
        taken.reduce((sum, b) => sum + overlapArea(box, b), 0),
        edges.filter((o) => o !== e && crosses(o, box)).length,
      ];
      if (before(score, least)) [best, least] = [p, score];
      if (score.every((v) => v === 0)) break;
    }
    const box = labelBox(best.x, best.y, size, best.side);
    const crowded = labels.some((b) => overlapArea(box, b) > 0);
    if (!crowded) {
      taken.push(box);
      labels.push(box);
    }
    return { ...best, crowded };
  });
}

/** Whether score `a` is better than `b`: lower in its first place that differs. */
function before(a: number[], b: number[]): boolean {
  const i = a.findIndex((v, k) => v !== b[k]);
  return i >= 0 && a[i] < (b[i] ?? Number.POSITIVE_INFINITY);
}

/** Whether the segment from (x1, y1) to (x2, y2) passes through the box (Liang–Barsky). */
export function crosses(s: Placeable, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  for (const [p, q] of [
    [-dx, s.x1 - b.left],
    [dx, b.right - s.x1],
    [-dy, s.y1 - b.top],
    [dy, b.bottom - s.y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
  }
  return t0 < t1;
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}
