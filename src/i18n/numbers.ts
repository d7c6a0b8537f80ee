import type { Lang } from '../schema/language.ts';

/**
 * Numbers in prose (counts, percentages), written the way the page's language writes them, by
 * Intl. English and Simplified Chinese happen to share their conventions (1,234.5; 4.9%), so
 * this mostly guards against the browser's own locale leaking in (a German browser would
 * otherwise write 1.234,5 in an English page). Numbers in equations and on the graph are
 * mathematics and keep a decimal point in every language (derivation/number.ts).
 */

const LOCALE: Record<Lang, string> = { en: 'en-US', zh: 'zh-CN' };

// Building an Intl formatter costs far more than using one: one per language and kind.
const cache = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, kind: 'count' | 'percent'): Intl.NumberFormat {
  const key = `${lang}:${kind}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      LOCALE[lang],
      kind === 'percent' ? { style: 'percent', maximumSignificantDigits: 2 } : undefined,
    );
    cache.set(key, f);
  }
  return f;
}

/** A whole count with the language's grouping: 1,234,567. */
export function formatCount(n: number, lang: Lang): string {
  return formatter(lang, 'count').format(n);
}

/** A fraction as a percentage with two significant digits: 0.049 → 4.9%. */
export function formatPercent(fraction: number, lang: Lang): string {
  return formatter(lang, 'percent').format(fraction);
}

/**
 * Builds the language's formatters ahead (a first one costs milliseconds, loading the locale's
 * data), so that the step or answer that first writes a count or a percentage does not pay it.
 */
export function prepareNumberFormats(lang: Lang): void {
  formatter(lang, 'count');
  formatter(lang, 'percent');
}
