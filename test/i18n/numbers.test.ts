import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent } from '../../src/i18n/numbers.ts';

describe('numbers in prose', () => {
  it('group counts as each language writes them, whatever the runtime’s own locale', () => {
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatCount(1234567, 'zh')).toBe('1,234,567');
    expect(formatCount(24, 'zh')).toBe('24');
  });

  it('write fractions as percentages with two significant digits', () => {
    expect(formatPercent(0.0492, 'en')).toBe('4.9%');
    expect(formatPercent(0.0492, 'zh')).toBe('4.9%');
    expect(formatPercent(1.5, 'en')).toBe('150%');
  });
});
