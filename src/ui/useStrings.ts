import { CONTRACT_NAMES, type ContractNames } from '../i18n/contractNames.ts';
import { STRINGS, type Strings } from '../i18n/strings.ts';
import { useAtlas } from './store.tsx';

/** The interface strings of the current language. */
export function useStrings(): Strings {
  return STRINGS[useAtlas((s) => s.lang)];
}

/** The accessible names ui-contract.md fixes, in the current language. */
export function useContractNames(): ContractNames {
  return CONTRACT_NAMES[useAtlas((s) => s.lang)];
}
