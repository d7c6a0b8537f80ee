import { describe, expect, it } from 'vitest';
import { MIN_SCALE, readableView } from '../../src/ui/graph/readableView.ts';

describe('where the graph starts on a narrow screen', () => {
  it('a wide screen shows the whole graph, as fitted', () => {
    expect(readableView(780, 500, 840, 336)).toBeNull();
  });

  it('a phone zooms in to a readable scale, inputs at the left, centred vertically', () => {
    const v = readableView(360, 360, 840, 336);
    expect(v).not.toBeNull();
    if (!v) return;
    const fitted = 360 / 840;
    expect(fitted * v.k).toBeCloseTo(MIN_SCALE);
    expect(v.x).toBe(0);
    // The graph's vertical middle stays where it was.
    expect(v.k * 168 + v.y).toBeCloseTo(168);
  });

  it('never taller than the canvas: a low canvas zooms only as far as its height allows', () => {
    const v = readableView(360, 200, 840, 336);
    expect(v).not.toBeNull();
    if (!v) return;
    expect((360 / 840) * v.k * 336).toBeCloseTo(200);
  });

  it('no zoom where the height, not the width, limits the graph, or the canvas is not there', () => {
    expect(readableView(2000, 150, 840, 336)).toBeNull();
    expect(readableView(0, 0, 840, 336)).toBeNull();
  });
});
