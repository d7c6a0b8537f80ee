import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/cli/contentFiles.ts';
import { readPresets } from '../../src/content/read.ts';
import { networkGraph } from '../../src/engine/graph.ts';
import {
  crosses,
  LABEL_SIZE,
  labelBox,
  MAX_LABELLED_WEIGHTS,
  nodeBoxes,
  overlapArea,
  placeLabels,
} from '../../src/ui/graph/labelPlacement.ts';
import { type GraphLayout, layoutGraph } from '../../src/ui/graph/layout.ts';

/**
 * Every pair of weight labels drawn that overlap, and (unless `labelsOnly`) every label that
 * overlaps a node, its value or its tab.
 */
function clashes(layout: GraphLayout, size = LABEL_SIZE.normal, labelsOnly = false): string[] {
  const labelled = layout.edges.filter((e) => e.param && !e.labelCrowded);
  const found: string[] = [];
  labelled.forEach((a, i) => {
    const box = labelBox(a.labelX, a.labelY, size, a.labelSide);
    for (const b of labelled.slice(i + 1))
      if (overlapArea(box, labelBox(b.labelX, b.labelY, size, b.labelSide)) > 0)
        found.push(`${a.param} × ${b.param}`);
    for (const n of labelsOnly ? [] : layout.nodes)
      if (nodeBoxes(n, layout.radius, size).some((nb) => overlapArea(box, nb) > 0))
        found.push(`${a.param} × ${n.name}`);
  });
  return found;
}

/** An edge's ends, from its SVG path. */
function ends(d: string) {
  const [x1, y1, x2, y2] = (/M([^,]+),([^L]+)L([^,]+),(.+)/.exec(d) ?? []).slice(1).map(Number);
  return { x1, y1, x2, y2 };
}

describe('weight labels', () => {
  const { presets } = readPresets(readContentDir());

  // Networks with more weights show a label on demand (hovered or selected), not all at once.
  const allLabelled = presets.filter((p) => p.spec.weights.flat(2).length <= MAX_LABELLED_WEIGHTS);

  it('every preset small enough to label every weight is checked', () => {
    expect(allLabelled.length).toBeGreaterThanOrEqual(3);
  });

  it.each(allLabelled.map((p) => [p.spec.id, p] as const))(
    'in %s, no label sits on another label, a node, its value or its tab, and none is crowded out',
    (_, preset) => {
      const graph = networkGraph(preset.spec.layers, preset.spec.activations);
      for (const expanded of [true, false]) {
        const layout = layoutGraph(graph, expanded);
        expect(clashes(layout)).toEqual([]);
        expect(layout.edges.filter((e) => e.labelCrowded).map((e) => e.param)).toEqual([]);
      }
    },
  );

  it.each(allLabelled.map((p) => [p.spec.id, p] as const))(
    "in %s with presentation's larger labels, the labels drawn sit on nothing (those with no room wait to be asked for)",
    (_, preset) => {
      const graph = networkGraph(preset.spec.layers, preset.spec.activations);
      const size = LABEL_SIZE.presentation;
      for (const expanded of [true, false]) {
        const layout = layoutGraph(graph, expanded, size);
        expect(clashes(layout, size, true)).toEqual([]);
        // Most weights still show their number.
        const weights = layout.edges.filter((e) => e.param);
        expect(weights.filter((e) => !e.labelCrowded).length).toBeGreaterThanOrEqual(
          weights.length / 2,
        );
      }
    },
  );

  it('sit on their own edge, between its ends', () => {
    const layout = layoutGraph(networkGraph([3, 3, 1], ['sigmoid', 'sigmoid']), false);
    for (const e of layout.edges.filter((e) => e.param)) {
      const { x1, y1, x2, y2 } = ends(e.d);
      const t = (e.labelX - x1) / (x2 - x1);
      expect(t).toBeGreaterThan(0.1);
      expect(t).toBeLessThan(0.9);
      expect(e.labelY).toBeCloseTo(y1 + (y2 - y1) * t, 6);
    }
  });

  it('a crowded fan (3 inputs into 3 units, as seed 004 draws it) has no clashes', () => {
    const layout = layoutGraph(networkGraph([3, 3, 1], ['sigmoid', 'sigmoid']), false);
    expect(clashes(layout)).toEqual([]);
  });

  it('in a crowded fan, few labels sit where another edge runs through them, at both sizes', () => {
    for (const [size, most] of [
      // Placed without regard to other edges, 6 of the 9 did at 12 px.
      [LABEL_SIZE.normal, 1],
      // Above their edges only, 4 (expanded) and 5 (compact) did at 17 px.
      [LABEL_SIZE.presentation, 3],
    ])
      for (const expanded of [true, false]) {
        const graph = networkGraph([3, 3, 1], ['sigmoid', 'sigmoid']);
        const layout = layoutGraph(graph, expanded, size);
        const lines = layout.edges.map((e) => ({ ...ends(e.d), e }));
        const onCrossing = layout.edges.filter(
          (e) =>
            e.param &&
            lines.some(
              (l) => l.e !== e && crosses(l, labelBox(e.labelX, e.labelY, size, e.labelSide)),
            ),
        );
        expect(onCrossing.length).toBeLessThanOrEqual(most);
      }
  });

  it('go beneath their edge where every spot above it is taken', () => {
    const edge = { param: 'W1[0][0]', x1: 0, y1: 0, x2: 100, y2: 0 };
    const above = { left: -50, top: -40, right: 150, bottom: 0 };
    const [placed] = placeLabels([edge], [above]);
    expect(placed?.side).toBe('below');
    expect(placed?.crowded).toBe(false);
    expect(overlapArea(labelBox(placed?.x ?? 0, placed?.y ?? 0, undefined, 'below'), above)).toBe(
      0,
    );
    // Where a spot above is free, above it is.
    expect(placeLabels([edge], [])[0]?.side).toBe('above');
  });

  it('in seed 003 (nine columns, two rows) every label is drawn and off every crossing, at both sizes', () => {
    const graph = networkGraph([2, 2, 2, 2], ['sigmoid', 'sigmoid', 'sigmoid']);
    for (const size of [LABEL_SIZE.normal, LABEL_SIZE.presentation])
      for (const expanded of [true, false]) {
        const layout = layoutGraph(graph, expanded, size);
        const lines = layout.edges.map((e) => ({ ...ends(e.d), e }));
        const weights = layout.edges.filter((e) => e.param);
        // With rows 92 units apart, 3 to 6 of these 12 sat on a crossing (or were crowded out).
        expect(weights.filter((e) => e.labelCrowded).map((e) => e.param)).toEqual([]);
        const onCrossing = weights.filter((e) =>
          lines.some(
            (l) => l.e !== e && crosses(l, labelBox(e.labelX, e.labelY, size, e.labelSide)),
          ),
        );
        expect(onCrossing.map((e) => e.param)).toEqual([]);
      }
  });

  it('a long, low network spreads its rows over a taller graph; a network of one row does not', () => {
    const rows = (layers: number[], expanded = true) => {
      const layout = layoutGraph(
        networkGraph(
          layers,
          layers.slice(1).map(() => 'sigmoid'),
        ),
        expanded,
      );
      const ys = [...new Set(layout.nodes.filter((n) => n.kind === 'a').map((n) => n.y))];
      return { layout, gap: ys.length > 1 ? Math.abs(ys[1] - ys[0]) : 0 };
    };
    const long = rows([2, 2, 2, 2]);
    expect(long.gap).toBeGreaterThan(1.5 * 92);
    expect(long.layout.height).toBeGreaterThan(0.35 * long.layout.width);
    // Short and deep enough already: no stretch.
    expect(rows([3, 3, 1], false).gap).toBe(92);
    // One row has nothing to spread: a longer one is no taller.
    expect(rows([1, 1, 1, 1, 1]).layout.height).toBe(rows([1, 1]).layout.height);
  });

  it('a gap that many labelled edges fan into is wider; with too many weights to label, none is', () => {
    const gaps = (layers: number[]) => {
      const layout = layoutGraph(
        networkGraph(
          layers,
          layers.slice(1).map(() => 'sigmoid'),
        ),
        false,
      );
      const xs = [...new Set(layout.nodes.map((n) => n.x))].sort((a, b) => a - b);
      return xs.slice(1).map((x, i) => x - xs[i]);
    };
    const [fan, ...rest] = gaps([3, 3, 1]);
    expect(fan).toBeGreaterThan(1.5 * Math.max(...rest));
    expect(new Set(gaps([2, 2, 1]))).toHaveProperty('size', 1);
    // 3 + 5 × 9 weights: labels come on demand, so the graph keeps its width.
    expect(new Set(gaps([3, 3, 3, 3, 3, 3, 1]))).toHaveProperty('size', 1);
  });

  it('keep off a crossing edge when a spot along their own edge is free of it', () => {
    const edge = { param: 'W1[0][0]', x1: 0, y1: 0, x2: 100, y2: 100 };
    // A level edge through where a label a third of the way (and 0.35 of it) would be drawn.
    const across = { x1: 0, y1: 21, x2: 100, y2: 21 };
    expect(crosses(across, labelBox(30, 30))).toBe(true);
    const [placed] = placeLabels([edge, across], []);
    expect(placed).toEqual({ x: 40, y: 40, side: 'above', crowded: false });
    expect(crosses(across, labelBox(40, 40))).toBe(false);
  });

  it('take a third of the way when it is free, move along when it is not, and settle for least overlap', () => {
    const edge = { param: 'W1[0][0]', x1: 0, y1: 0, x2: 100, y2: 100 };
    expect(placeLabels([edge], [])).toEqual([{ x: 30, y: 30, side: 'above', crowded: false }]);
    // Something on the third of the way: the next point along is taken.
    const [moved] = placeLabels([edge], [labelBox(30, 30)]);
    expect(moved).not.toEqual({ x: 30, y: 30, side: 'above', crowded: false });
    expect(moved?.crowded).toBe(false);
    expect(
      overlapArea(labelBox(moved?.x ?? 0, moved?.y ?? 0, undefined, moved?.side), labelBox(30, 30)),
    ).toBe(0);
    // Everything covered: still a point on the edge, never none; it is crowded only if what
    // covers it is another label.
    const [squeezed] = placeLabels([edge], [{ left: -50, top: -50, right: 150, bottom: 150 }]);
    expect(squeezed).not.toBeNull();
    expect(squeezed?.crowded).toBe(false);
    // Labels of one edge drawn many times over: those that find no spot off the others are
    // crowded; the others do not touch.
    const many = placeLabels(
      Array.from({ length: 9 }, (_, i) => ({ ...edge, param: `W1[0][${i}]` })),
      [],
    );
    expect(many[0]?.crowded).toBe(false);
    expect(many.at(-1)?.crowded).toBe(true);
    const drawn = many
      .filter((p) => p && !p.crowded)
      .map((p) => labelBox(p?.x ?? 0, p?.y ?? 0, undefined, p?.side));
    for (const [i, a] of drawn.entries())
      for (const b of drawn.slice(i + 1)) expect(overlapArea(a, b)).toBe(0);
    // Where every spot overlaps something, one on a node's value beats one on another label,
    // even a value it overlaps more (a label that sat on a label would be crowded out).
    const [first, second] = placeLabels(
      [
        { param: 'W1[0][0]', x1: 0, y1: 0, x2: 100, y2: 0 },
        { param: 'W1[0][1]', x1: 0, y1: 5, x2: 200, y2: 5 },
      ],
      [
        { left: 68, top: -40, right: 200, bottom: 40 },
        { left: -50, top: 0, right: 68, bottom: 40 },
      ],
    );
    expect(first).toEqual({ x: 50, y: 0, side: 'above', crowded: false });
    expect(second?.crowded).toBe(false);
    expect(
      overlapArea(
        labelBox(first?.x ?? 0, first?.y ?? 0, undefined, first?.side),
        labelBox(second?.x ?? 0, second?.y ?? 0, undefined, second?.side),
      ),
    ).toBe(0);
    // An edge with no weight gets no label point.
    expect(placeLabels([{ ...edge, param: undefined }], [])).toEqual([null]);
  });
});
