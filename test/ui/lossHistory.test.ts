/** The training run's loss history: appended in place, read without copying, drawn thinned. */

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LossCurve, MAX_DRAWN } from '../../src/ui/figures/LossCurve.tsx';
import { LossHistory } from '../../src/ui/training/lossHistory.ts';

describe('LossHistory', () => {
  it('keeps every loss pushed, in order, past many doublings of its buffer', () => {
    const h = new LossHistory();
    for (let i = 0; i < 100_000; i++) h.push(1 / (i + 1));
    expect(h.length).toBe(100_000);
    expect(h.at(0)).toBe(1);
    expect(h.at(99_999)).toBe(1 / 100_000);
    expect(h.at(100_000)).toBeUndefined();
    expect(h.at(-1)).toBeUndefined();
    const v = h.view();
    expect(v).toHaveLength(100_000);
    expect(v[12_345]).toBe(1 / 12_346);
  });

  it('gives a view of its buffer, not a copy, until it grows', () => {
    const h = new LossHistory();
    h.push(3);
    h.push(2);
    const before = h.view();
    h.push(1);
    const after = h.view();
    expect(after.buffer).toBe(before.buffer);
    expect([...after]).toEqual([3, 2, 1]);
  });

  it('replaces the last loss (a single step keeps J after it as the next J before)', () => {
    const h = new LossHistory();
    h.setLast(5);
    expect([...h.view()]).toEqual([5]);
    h.push(4);
    h.setLast(3.5);
    expect([...h.view()]).toEqual([5, 3.5]);
    h.clear();
    expect(h.length).toBe(0);
    expect(h.at(0)).toBeUndefined();
    h.push(7);
    expect([...h.view()]).toEqual([7]);
  });

  it('counts every change and tells its subscribers when notified, until they leave', () => {
    const h = new LossHistory();
    const seen: number[] = [];
    const leave = h.subscribe(() => seen.push(h.getVersion()));
    const v0 = h.getVersion();
    h.push(1);
    h.push(2);
    expect(h.getVersion()).toBe(v0 + 2);
    expect(seen).toEqual([]);
    h.notify();
    expect(seen).toEqual([v0 + 2]);
    h.setLast(3);
    h.clear();
    expect(h.getVersion()).toBe(v0 + 4);
    leave();
    h.notify();
    expect(seen).toEqual([v0 + 2]);
  });
});

describe('LossCurve over a long history', () => {
  it(`draws a run of 300,000 steps straight from the buffer, thinned to about ${MAX_DRAWN} points`, () => {
    const h = new LossHistory();
    for (let i = 0; i <= 300_000; i++) h.push(2 * Math.exp(-i / 50_000) + 0.01);
    const svg = renderToStaticMarkup(createElement(LossCurve, { values: h.view() }));
    const d = /<path d="([^"]*)"/.exec(svg)?.[1] ?? '';
    const points = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(points.length).toBeGreaterThan(MAX_DRAWN / 2);
    expect(points.length).toBeLessThanOrEqual(MAX_DRAWN + 2);
    // The whole run: from the first loss at the left edge (x = 66) to the last at the right (312).
    expect(points[0][0]).toBe(66);
    expect(points[points.length - 1][0]).toBe(312);
    // Falling all the way: the first point at the top of the plot, the last at its floor.
    expect(points[0][1]).toBe(33);
    expect(points[points.length - 1][1]).toBe(107);
    expect(svg).toContain('>300000<');
  });
});
