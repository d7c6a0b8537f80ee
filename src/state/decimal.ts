/**
 * The one reader of a number a person types or a link carries: decimal notation only. English
 * and Chinese both write a decimal point, so a comma is refused (never read as a thousands
 * separator, which would make "1,000" a thousand times off, nor as a decimal comma), and so are
 * the 0x, 0b and 0o forms that JavaScript's Number() would otherwise read without a word.
 */

import type { Text } from '../schema/language.ts';

/** An optional sign, digits with at most one decimal point, an optional exponent. */
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
/** The minus signs a keyboard or a word processor may put in place of a hyphen. */
const MINUS = /[\u2212\u2013]/g;
const COMMA = /[,，]/;
const PREFIXED = /^[-+]?0[xXbBoO]/;

export type Reading = { value: number } | { error: Text };

/** A finite number written in decimal, or a message (in both languages) naming the text. */
export function parseDecimal(text: string): Reading {
  const trimmed = text.trim();
  const q = `“${trimmed}”`;
  if (COMMA.test(trimmed)) {
    return {
      error: {
        en: `${q} has a comma: write a decimal point (0.5) and no thousands separators`,
        zh: `${q} 里有逗号：小数请用小数点（如 0.5），也不要写千位分隔符`,
      },
    };
  }
  if (PREFIXED.test(trimmed)) {
    return {
      error: {
        en: `${q} is not a decimal number (0x, 0b and 0o forms are not read)`,
        zh: `${q} 不是十进制数（不读 0x、0b、0o 形式）`,
      },
    };
  }
  const plain = trimmed.replace(MINUS, '-');
  if (!DECIMAL.test(plain)) return { error: { en: `${q} is not a number`, zh: `${q}不是一个数` } };
  const value = Number(plain);
  if (!Number.isFinite(value)) {
    return {
      error: { en: `${q} is too large to hold`, zh: `${q} 太大，无法表示` },
    };
  }
  // A mantissa with a non-zero digit that still reads as 0 fell below the smallest double.
  if (value === 0 && /[1-9]/.test(plain.split(/[eE]/)[0])) {
    return {
      error: {
        en: `${q} is too small to hold: it would be read as 0`,
        zh: `${q} 太小，无法表示：会被当成 0`,
      },
    };
  }
  return { value };
}

/** A count or a seed: digits only (no sign, point, exponent or 0x form), or null. */
export function parseWhole(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}
