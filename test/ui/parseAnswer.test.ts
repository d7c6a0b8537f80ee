import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/ui/check/useAnswer.ts';

describe('parseAnswer', () => {
  it('reads what a learner types: minus signs, exponents', () => {
    expect(parseAnswer('0.2463')).toEqual({ value: 0.2463 });
    expect(parseAnswer(' −1.783 ')).toEqual({ value: -1.783 });
    expect(parseAnswer('–0.5')).toEqual({ value: -0.5 });
    expect(parseAnswer('2.5e-4')).toEqual({ value: 0.00025 });
  });

  it('refuses what is not a decimal number, saying why in both languages', () => {
    const why = (text: string) => {
      const r = parseAnswer(text);
      return 'error' in r ? r.error : null;
    };
    for (const text of ['', '  ', 'abc', '1/2', 'Infinity', '0.1.2'])
      expect(why(text)?.en).toBe(`“${text.trim()}” is not a number`);
    expect(why('–0,5')?.en).toMatch(/has a comma/);
    expect(why('1,000')?.zh).toMatch(/逗号/);
    expect(why('0x10')?.en).toMatch(/not a decimal number/);
    expect(why('0b101')?.en).toMatch(/not a decimal number/);
    expect(why('0o17')?.en).toMatch(/not a decimal number/);
  });
});
