import { describe, expect, it } from 'vitest';
import { networkGraph } from '../../src/engine/graph.ts';
import { focusOrder, moveFocus } from '../../src/ui/graph/focusOrder.ts';
import { layoutGraph } from '../../src/ui/graph/layout.ts';

const graph = networkGraph([2, 2, 1], ['sigmoid', 'sigmoid']);
const sizes = { inputs: 2, outputs: 1 };

describe('focusOrder', () => {
  it('reaches every drawn node and edge once, column by column, with bias and sample tabs', () => {
    const layout = layoutGraph(graph, true);
    const { keys } = focusOrder(layout, true, true, sizes);
    expect(new Set(keys).size).toBe(keys.length);
    for (const n of layout.nodes) expect(keys).toContain(`node:${n.name}`);
    for (const e of layout.edges) expect(keys).toContain(`edge:${e.key}`);
    expect(keys.slice(0, 4)).toEqual(['tab:x0[0]', 'node:x[0]', 'tab:x0[1]', 'node:x[1]']);
    // The first layer's weights come next, by destination then source.
    expect(keys.slice(4, 8)).toEqual([
      'edge:z1[0]<x[0]',
      'edge:z1[0]<x[1]',
      'edge:z1[1]<x[0]',
      'edge:z1[1]<x[1]',
    ]);
    expect(keys.slice(8, 12)).toEqual(['node:z1[0]', 'bias:b1[0]', 'node:z1[1]', 'bias:b1[1]']);
    expect(keys.at(-1)).toBe('node:E');
    expect(keys).toContain('tab:y0[0]');
    expect(keys.filter((k) => k.startsWith('bias:'))).toHaveLength(3);
  });

  it('in compact mode, the units stand for their z and carry their biases', () => {
    const layout = layoutGraph(graph, false);
    const { keys } = focusOrder(layout, true, false, sizes);
    expect(keys).not.toContain('node:z1[0]');
    expect(keys.indexOf('bias:b1[0]')).toBe(keys.indexOf('node:a1[0]') + 1);
    for (const e of layout.edges) expect(keys).toContain(`edge:${e.key}`);
  });

  it('without biases there are no bias stops', () => {
    const { keys } = focusOrder(layoutGraph(graph, true), false, true, sizes);
    expect(keys.some((k) => k.startsWith('bias:'))).toBe(false);
  });
});

describe('moveFocus', () => {
  const order = focusOrder(layoutGraph(graph, true), true, true, sizes);
  it('steps through the order, stopping at the ends', () => {
    expect(moveFocus(order, 'node:x[0]', 'next')).toBe('tab:x0[1]');
    expect(moveFocus(order, 'tab:x0[0]', 'previous')).toBe('tab:x0[0]');
    expect(moveFocus(order, 'node:E', 'next')).toBe('node:E');
  });

  it('jumps from anywhere in a column to the start of the next or previous one', () => {
    expect(moveFocus(order, 'node:x[1]', 'nextGroup')).toBe('edge:z1[0]<x[0]');
    expect(moveFocus(order, 'edge:z1[1]<x[0]', 'nextGroup')).toBe('node:z1[0]');
    expect(moveFocus(order, 'bias:b1[1]', 'previousGroup')).toBe('edge:z1[0]<x[0]');
    expect(moveFocus(order, 'tab:x0[0]', 'previousGroup')).toBe('tab:x0[0]');
  });

  it('starts at the top from an unknown item', () => {
    expect(moveFocus(order, null, 'next')).toBe('tab:x0[0]');
    expect(moveFocus(order, 'node:gone', 'previous')).toBe('tab:x0[0]');
  });
});
