import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../src/state/decimal.ts';

const message = (text: string) => {
  const r = parseDecimal(text);
  if (!('error' in r)) throw new Error(`${JSON.stringify(text)} was read as ${r.value}`);
  expect(r.error.zh).toContain(`“${text.trim()}”`);
  return r.error.en;
};

describe('reading a decimal number', () => {
  it.each([
    ['0.25', 0.25],
    ['  12 ', 12],
    ['-1.5', -1.5],
    ['−1.5', -1.5],
    ['–0.5', -0.5],
    ['+3', 3],
    ['.5', 0.5],
    ['5.', 5],
    ['2.5e-4', 0.00025],
    ['2.5E−4', 0.00025],
    ['1e3', 1000],
    ['0', 0],
    ['-0.0e5', -0],
    ['1e-320', 1e-320],
  ])('reads %j as %d', (text, value) => {
    expect(parseDecimal(text)).toEqual({ value });
  });

  it('refuses a comma, never reading it as a thousands separator or a decimal comma', () => {
    for (const text of ['1,000', '0,5', '1,5e3', '2，5', ','])
      expect(message(text)).toBe(
        `“${text}” has a comma: write a decimal point (0.5) and no thousands separators`,
      );
  });

  it('refuses hexadecimal, binary and octal forms, naming the text', () => {
    for (const text of ['0x10', '0b101', '0o17', '-0X1F', '0B1'])
      expect(message(text)).toBe(
        `“${text}” is not a decimal number (0x, 0b and 0o forms are not read)`,
      );
  });

  it.each([
    '',
    '  ',
    'abc',
    'NaN',
    'Infinity',
    '-Infinity',
    '∞',
    '1/2',
    '0.1.2',
    '1e',
    'e5',
    '1e2.5',
    '--1',
    '1 000',
    '1_000',
    '١٢',
    '１２',
  ])('refuses %j as not a number', (text) => {
    expect(message(text)).toBe(`“${text.trim()}” is not a number`);
  });

  it('refuses a number too large or too small for a double, instead of reading ∞ or 0', () => {
    expect(message('1e400')).toBe('“1e400” is too large to hold');
    expect(message('-1e309')).toBe('“-1e309” is too large to hold');
    expect(message('1e-400')).toBe('“1e-400” is too small to hold: it would be read as 0');
    expect(message('0.0001e-330')).toBe(
      '“0.0001e-330” is too small to hold: it would be read as 0',
    );
  });
});
