import { useEffect } from 'react';
import { STORAGE_KEY, writeSaved } from '../../state/saved.ts';
import { useAtlasStore } from '../store.tsx';

/** Writes the person's networks to the browser's store whenever the list changes. */
export function useSavedNetworks(): void {
  const store = useAtlasStore();
  useEffect(() => {
    let last = store.getState().saved;
    return store.subscribe((s) => {
      if (s.saved === last) return;
      last = s.saved;
      try {
        localStorage.setItem(STORAGE_KEY, writeSaved(s.saved));
      } catch (e) {
        s.reportSavedError(
          `saved networks: the browser refused to store them (${(e as Error).message})`,
        );
      }
    });
  }, [store]);
}
