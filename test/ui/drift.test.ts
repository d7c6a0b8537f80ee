import { describe, expect, it } from 'vitest';
import type { Equation } from '../../src/derivation/types.ts';
import { drift } from '../../src/ui/equations/EquationRows.tsx';

const row = (terms: number[][], value: number): Equation => ({
  kind: 'substituted',
  lhs: [],
  rel: '=',
  rhs: [],
  terms,
  value,
});

describe('rounding drift', () => {
  it('says what the rounded numbers give when it differs from the exact value shown', () => {
    const r = row([[0.12345, 0.6789]], 0.12345 * 0.6789);
    expect(drift(r, 2)).toBe('0.082'); // 0.12 × 0.68, against 0.084 exactly
    expect(drift(r, 6)).toBeNull();
  });
  it('says nothing for rows without terms', () => {
    expect(drift({ kind: 'symbolic', lhs: [], rel: '=', rhs: [] }, 3)).toBeNull();
  });
});
