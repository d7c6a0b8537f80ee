import { describe, expect, it } from 'vitest';
import { countJson } from '../../src/cli/exactCount.ts';

describe('countJson', () => {
  it('is a number up to 2^53, which a double holds exactly, and a decimal string past it', () => {
    expect(countJson(0n)).toBe(0);
    expect(countJson(9_007_199_254_740_992n)).toBe(9_007_199_254_740_992);
    // 2^53 + 1 has no double: as a number it would print as 2^53.
    expect(countJson(9_007_199_254_740_993n)).toBe('9007199254740993');
  });
});
