import { describe, expect, it } from 'vitest';
import { traceSize } from '../../src/engine/size.ts';

const samples = (m: number) => Array.from({ length: m }, () => ({ x: [], y: [] }));

describe('traceSize', () => {
  it('counts each weight edge and each layer’s n × n block of ∂a/∂z, per sample', () => {
    // 2→3→1: weights 6 + 3, ∂a/∂z blocks 9 + 1.
    expect(traceSize({ layers: [2, 3, 1], samples: samples(1) })).toBe(6 + 9 + 3 + 1);
    expect(traceSize({ layers: [2, 3, 1], samples: samples(4) })).toBe(4 * 19);
    // 500-500-500, one sample: 2 · (250,000 + 250,000).
    expect(traceSize({ layers: [500, 500, 500], samples: samples(1) })).toBe(1_000_000);
  });
});
