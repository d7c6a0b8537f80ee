/** The loss curve draws whatever history a run leaves, however far the loss went. */

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LossCurve } from '../../src/ui/figures/LossCurve.tsx';

function drawn(values: number[]) {
  const svg = renderToStaticMarkup(createElement(LossCurve, { values }));
  const d = /<path d="([^"]*)"/.exec(svg)?.[1] ?? '';
  const points = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  return { svg, d, points };
}

describe('LossCurve', () => {
  it('draws a run that climbs to 1.24e229 (the diverging run) with every point on the figure', () => {
    const values = [1.2e6, 3.4e18, 9.1e41, 2.2e88, 1.24e229];
    const { d, points } = drawn(values);
    expect(d).not.toMatch(/NaN|Infinity/);
    expect(points).toHaveLength(5);
    // 140 px high, 33 px of padding above and below: the climb goes from the floor to the top.
    expect(points[0][1]).toBe(107);
    expect(points[4][1]).toBe(33);
  });

  it('draws a finite history that spans the whole range of doubles', () => {
    const { d, points, svg } = drawn([Number.MAX_VALUE, -Number.MAX_VALUE, 0]);
    expect(d).not.toMatch(/NaN|Infinity/);
    expect(points.map((p) => p[1])).toEqual([33, 107, 70]);
    // The axis is labelled with the values themselves, not the divided ones.
    expect(svg).toContain('>1.8e+308<');
    expect(svg).toContain('>−1.8e+308<');
  });

  it('leaves out losses that are not finite instead of throwing', () => {
    const { d, points } = drawn([2, 1, Number.POSITIVE_INFINITY, Number.NaN]);
    expect(d).not.toMatch(/NaN|Infinity/);
    expect(points).toHaveLength(2);
  });
});
