import { describe, expect, it } from 'vitest';
import { divergence } from '../../src/engine/divergence.ts';

describe('divergence', () => {
  it('names a loss that is not finite, with its step', () => {
    expect(divergence(3, Number.POSITIVE_INFINITY, 7)).toEqual({
      kind: 'overflow',
      step: 7,
      loss: Number.POSITIVE_INFINITY,
    });
    expect(divergence(3, Number.NaN, 8)).toMatchObject({ kind: 'overflow', step: 8 });
    expect(divergence(Number.NaN, Number.NaN, 0)).toMatchObject({ kind: 'overflow', step: 0 });
  });

  it('names a loss that grew more than a million-fold from the start of the run', () => {
    expect(divergence(2, 2_000_001, 4)).toEqual({
      kind: 'explode',
      step: 4,
      loss: 2_000_001,
      start: 2,
    });
    expect(divergence(2, 2_000_000, 4)).toBeNull();
    expect(divergence(1e-9, 1.1e-3, 1)).toMatchObject({ kind: 'explode' });
  });

  it('leaves a sound run alone: falling, rising a little, starting from 0', () => {
    expect(divergence(5, 0.1, 100)).toBeNull();
    expect(divergence(5, 50, 3)).toBeNull();
    expect(divergence(0, 1, 1)).toBeNull();
  });
});
