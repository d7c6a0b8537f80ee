import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/ui/check/useAnswer.ts';

describe('parseAnswer', () => {
  it('reads what a learner types: minus signs, commas, exponents', () => {
    expect(parseAnswer('0.2463')).toBe(0.2463);
    expect(parseAnswer(' −1.783 ')).toBe(-1.783);
    expect(parseAnswer('–0,5')).toBe(-0.5);
    expect(parseAnswer('2.5e-4')).toBe(0.00025);
  });

  it('refuses what is not a number', () => {
    for (const text of ['', '  ', 'abc', '1/2', 'Infinity', '0.1.2'])
      expect(parseAnswer(text)).toBeNull();
  });
});
