/**
 * Where each node and edge of the graph goes: columns evenly spaced (wider where many labelled
 * edges fan in), each column's nodes centred vertically; React draws them. Expanded mode is seed
 * 003's drawing (x | z a | … | e | E); compact mode merges each unit's z and a into one circle.
 */

import type { GraphEdge, GraphNode, NetworkGraph } from '../../engine/graph.ts';
import { keyOfEdge } from '../../engine/names.ts';
import {
  LABEL_SIZE,
  type LabelSide,
  MAX_LABELLED_WEIGHTS,
  nodeBoxes,
  placeLabels,
} from './labelPlacement.ts';

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
}

export interface PlacedEdge extends GraphEdge {
  key: string;
  /** The SVG path, and its length (so animating it needs no measuring in the page). */
  d: string;
  length: number;
  /** Where the weight's label sits (labelPlacement.ts); the middle of an edge with no weight. */
  labelX: number;
  labelY: number;
  /** Which side of the edge its label is drawn on. */
  labelSide: LabelSide;
  /** The label found no free spot: it is drawn only on demand (hovered, focused, selected). */
  labelCrowded: boolean;
}

export interface GraphLayout {
  width: number;
  height: number;
  radius: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  byName: Map<string, PlacedNode>;
  /** The px size of labels the layout made room for. */
  labelSize: number;
}

const COLUMN_GAP = 96;
/**
 * Where every weight is labelled, a gap that more weighted edges than this fan into is made
 * WIDE_GAP times as wide: their labels then spread out along their edges instead of stacking.
 */
const DENSE_FAN = 4;
const WIDE_GAP = 1.75;
const ROW_GAP = 92;
/**
 * A long, low network (seed 003: nine columns, two rows) would be a thin strip across a panel
 * that is much taller than that: its rows move apart, up to MAX_ROW_STRETCH times ROW_GAP, until
 * the graph is MIN_ASPECT as tall as it is wide. The panel fits it by its width all the same, so
 * nothing gets smaller, and the edges that cross between two rows get room for their labels.
 */
const MIN_ASPECT = 0.6;
const MAX_ROW_STRETCH = 2;
const MARGIN = 36;
/** Room above the nodes for bias tabs and below them for values and target tabs. */
const ROOM = 2 * MARGIN + 80;

/** In compact mode only inputs, a-nodes (standing for their unit), e and E are drawn. */
function column(n: GraphNode, L: number, expanded: boolean): number {
  switch (n.kind) {
    case 'input':
      return 0;
    case 'z':
      return expanded ? 2 * n.layer - 1 : n.layer;
    case 'a':
      return expanded ? 2 * n.layer : n.layer;
    case 'error':
      return expanded ? 2 * L + 1 : L + 1;
    case 'loss':
      return expanded ? 2 * L + 2 : L + 2;
  }
}

/** Each column's x: evenly spaced, but wider before a column that many labelled edges fan into. */
function columnXs(graph: NetworkGraph, L: number, expanded: boolean, columns: number): number[] {
  const weights = graph.edges.filter((e) => e.param);
  const fanIn = new Array<number>(columns).fill(0);
  if (weights.length <= MAX_LABELLED_WEIGHTS) {
    const byName = new Map(graph.nodes.map((n) => [n.name, n]));
    for (const e of weights) {
      const to = byName.get(e.to);
      if (to) fanIn[column(to, L, expanded)] += 1;
    }
  }
  const xs = [MARGIN];
  for (let c = 1; c < columns; c++)
    xs.push(xs[c - 1] + COLUMN_GAP * (fanIn[c] > DENSE_FAN ? WIDE_GAP : 1));
  return xs;
}

/** `labelSize`: the px size of weight labels and node values, which must not collide. */
export function layoutGraph(
  graph: NetworkGraph,
  expanded: boolean,
  labelSize = LABEL_SIZE.normal,
): GraphLayout {
  const L = Math.max(...graph.nodes.map((n) => n.layer)) - 1;
  const shown = graph.nodes.filter((n) => expanded || n.kind !== 'z');
  const columns = expanded ? 2 * L + 3 : L + 3;
  const tallest = Math.max(...countBy(shown, (n) => column(n, L, expanded)).values());
  const xs = columnXs(graph, L, expanded, columns);
  const width = MARGIN + (xs.at(-1) ?? 0);
  const gaps = Math.max(1, tallest - 1);
  const rowGap =
    tallest < 2
      ? ROW_GAP
      : Math.min(MAX_ROW_STRETCH * ROW_GAP, Math.max(ROW_GAP, (MIN_ASPECT * width - ROOM) / gaps));
  const height = ROOM + gaps * rowGap;
  const centre = height / 2;

  const perColumn = new Map<number, GraphNode[]>();
  for (const n of shown) {
    const c = column(n, L, expanded);
    perColumn.set(c, [...(perColumn.get(c) ?? []), n]);
  }
  const nodes: PlacedNode[] = [];
  for (const [c, members] of perColumn) {
    members.forEach((n, i) => {
      const y = centre + (i - (members.length - 1) / 2) * rowGap;
      nodes.push({ ...n, x: xs[c] ?? MARGIN, y });
    });
  }
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const radius = 19;
  // In compact mode a weight edge ends at the unit's a-node, which stands for its z too.
  const drawnAs = (name: string) => (expanded ? name : name.replace(/^z(\d+)/, 'a$1'));
  const lines = graph.edges.flatMap((e) => {
    if (!expanded && e.kind === 'activation') return [];
    const from = byName.get(drawnAs(e.from));
    const to = byName.get(drawnAs(e.to));
    return from && to ? [{ ...e, ...straight(from, to, radius) }] : [];
  });
  const labels = placeLabels(
    lines,
    nodes.flatMap((n) => nodeBoxes(n, radius, labelSize)),
    labelSize,
  );
  const edges: PlacedEdge[] = lines.map(({ x1, y1, x2, y2, ...e }, i) => ({
    ...e,
    key: keyOfEdge(e),
    d: `M${x1},${y1}L${x2},${y2}`,
    length: Math.hypot(x2 - x1, y2 - y1),
    labelX: labels[i]?.x ?? (x1 + x2) / 2,
    labelY: labels[i]?.y ?? (y1 + y2) / 2,
    labelSide: labels[i]?.side ?? 'above',
    labelCrowded: labels[i]?.crowded ?? false,
  }));
  return { width, height, radius, nodes, edges, byName, labelSize };
}

/** A straight edge between two circles: from the rim of one to just short of the other's. */
function straight(a: { x: number; y: number }, b: { x: number; y: number }, r: number) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  return {
    x1: a.x + ux * r,
    y1: a.y + uy * r,
    x2: b.x - ux * (r + 3),
    y2: b.y - uy * (r + 3),
  };
}

function countBy<T>(items: T[], key: (t: T) => number): Map<number, number> {
  const m = new Map<number, number>();
  for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
  return m;
}
