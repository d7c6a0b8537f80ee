/**
 * The one place that decides how a number is written: significant digits, and LaTeX for
 * numbers too large or small for plain decimals.
 */

export const DEFAULT_DIGITS = 4;

/** Plain text: 0.1235, −0.0004321, 1.235e−7. */
export function formatNumber(value: number, digits = DEFAULT_DIGITS): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  const text =
    magnitude >= 1e-4 && magnitude < 1e6
      ? trimZeros(value.toPrecision(digits))
      : value.toExponential(digits - 1).replace(/\.?0+e/, 'e');
  return text.replace('-', '−');
}

/** LaTeX: 0.1235, -0.0004321, 1.235\times10^{-7}. */
export function formatTexNumber(value: number, digits = DEFAULT_DIGITS): string {
  if (Number.isNaN(value)) return '\\mathrm{NaN}';
  if (!Number.isFinite(value)) return value > 0 ? '\\infty' : '-\\infty';
  const text = formatNumber(value, digits).replace('−', '-');
  const [mantissa, exponent] = text.split('e');
  return exponent === undefined ? mantissa : `${mantissa}\\times10^{${Number(exponent)}}`;
}

/** Drops trailing zeros of a fixed-point string ("0.1200" → "0.12"); leaves exponents alone. */
function trimZeros(text: string): string {
  if (text.includes('e') || !text.includes('.')) return text;
  return text.replace(/\.?0+$/, '');
}
