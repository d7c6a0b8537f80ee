import { describe, expect, it, vi } from 'vitest';
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

  it('formatters prepared ahead are the ones used: writing a number then builds none', async () => {
    // A fresh copy of the module (none of its formatters built yet), and a count of those built.
    vi.resetModules();
    const fresh = await import('../../src/i18n/numbers.ts');
    const Original = Intl.NumberFormat;
    let built = 0;
    Intl.NumberFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        built++;
      }
    } as typeof Intl.NumberFormat;
    try {
      fresh.prepareNumberFormats('zh');
      expect(built).toBe(2);
      expect(fresh.formatCount(1234, 'zh')).toBe('1,234');
      expect(fresh.formatPercent(0.25, 'zh')).toBe('25%');
      expect(built).toBe(2);
    } finally {
      Intl.NumberFormat = Original;
    }
  });
});
