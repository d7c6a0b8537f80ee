import { STRINGS, type Strings } from '../i18n/strings.ts';
import { useAtlas } from './store.tsx';

/** The interface strings of the current language. */
export function useStrings(): Strings {
  return STRINGS[useAtlas((s) => s.lang)];
}
