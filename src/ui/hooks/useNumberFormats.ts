import { useEffect } from 'react';
import { prepareNumberFormats } from '../../i18n/numbers.ts';
import type { Lang } from '../../schema/language.ts';
import { whenIdle } from './idle.ts';

/** The language's number formatters, built while the page is idle (i18n/numbers.ts). */
export function useNumberFormats(lang: Lang): void {
  useEffect(
    () =>
      whenIdle(() => {
        prepareNumberFormats(lang);
        return false;
      }, 2000),
    [lang],
  );
}
