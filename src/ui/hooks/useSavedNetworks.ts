import { useEffect } from 'react';
import { type KeyValueStore, writeSavedList } from '../../state/savedStore.ts';
import { useAtlasStore } from '../store.tsx';

/** localStorage can be missing or refuse access (private modes). */
function browserStore(): KeyValueStore | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

/** Writes the person's networks to the browser's store whenever the list changes. */
export function useSavedNetworks(): void {
  const store = useAtlasStore();
  useEffect(() => {
    let last = store.getState().saved;
    return store.subscribe((s) => {
      if (s.saved === last) return;
      last = s.saved;
      const problem = writeSavedList(browserStore(), s.saved, s.savedWritable);
      if (problem) s.reportSavedError(problem);
    });
  }, [store]);
}
