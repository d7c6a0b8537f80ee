import { describe, expect, it } from 'vitest';
import {
  edgeEnds,
  edgeKey,
  keyOfEdge,
  type NameRef,
  paramLayer,
  readName,
  writeName,
} from '../../src/engine/names.ts';

describe('names', () => {
  const cases: [string, NameRef][] = [
    ['x[2]', { kind: 'input', index: 2 }],
    ['z3[1]', { kind: 'z', layer: 3, index: 1 }],
    ['a12[10]', { kind: 'a', layer: 12, index: 10 }],
    ['e[0]', { kind: 'error', index: 0 }],
    ['E', { kind: 'loss' }],
    ['W2[0][1]', { kind: 'weight', layer: 2, row: 0, col: 1 }],
    ['b1[3]', { kind: 'bias', layer: 1, row: 3 }],
    ['x1[0]', { kind: 'sampleInput', sample: 1, index: 0 }],
    ['y0[2]', { kind: 'sampleTarget', sample: 0, index: 2 }],
  ];

  it.each(cases)('reads %s and writes it back', (name, ref) => {
    expect(readName(name)).toEqual(ref);
    expect(writeName(ref)).toBe(name);
  });

  it.each([
    '',
    'W1[0]',
    'W1[0][1][2]',
    'w1[0][1]',
    'b1',
    'x[-1]',
    'z[0]',
    'E1',
    ' E',
    'a1[0] ',
    'W1[0][1]x',
  ])('refuses %j', (name) => {
    expect(readName(name)).toBeUndefined();
  });

  it('names the layer of a parameter only', () => {
    expect(paramLayer('W3[0][1]')).toBe(3);
    expect(paramLayer('b2[0]')).toBe(2);
    expect(paramLayer('z2[0]')).toBeUndefined();
    expect(paramLayer('nonsense')).toBeUndefined();
  });

  it('an edge key is ∂upper/∂lower, and a forward edge from → to is ∂to/∂from', () => {
    expect(edgeKey('a3[0]', 'z3[1]')).toBe('a3[0]<z3[1]');
    expect(keyOfEdge({ from: 'x[0]', to: 'z1[1]' })).toBe('z1[1]<x[0]');
    expect(edgeEnds('z1[0]<W1[0][1]')).toEqual({ upper: 'z1[0]', lower: 'W1[0][1]' });
    for (const bad of ['', 'E', '<a', 'a<', 'a<b<c']) expect(edgeEnds(bad)).toBeUndefined();
  });
});
