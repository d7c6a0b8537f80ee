import { useEffect } from 'react';
import type { Lang } from '../../schema/language.ts';

/**
 * Brings in the bundled Chinese font (Noto Sans SC, variable weight, split by character range)
 * the first time the page speaks Chinese; the browser then fetches only the ranges the page
 * uses. Where PingFang, Microsoft YaHei or Noto Sans CJK is installed it is used first (app.css).
 */
export function useChineseFont(lang: Lang): void {
  useEffect(() => {
    if (lang === 'zh') void import('@fontsource-variable/noto-sans-sc');
  }, [lang]);
}
