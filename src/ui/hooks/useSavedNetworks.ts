import { useEffect } from 'react';
import { writeSavedList } from '../../state/savedStore.ts';
import { useAtlasStore } from '../store.tsx';

/** Writes the person's networks to the browser's store whenever the list changes. */
export function useSavedNetworks(): void {
  const store = useAtlasStore();
  useEffect(() => {
    let last = store.getState().saved;
    return store.subscribe((s) => {
      if (s.saved === last) return;
      last = s.saved;
      let problem: ReturnType<typeof writeSavedList>;
      try {
        problem = writeSavedList(localStorage, s.saved, s.savedWritable);
      } catch (e) {
        // localStorage itself may be missing or refuse access (private modes).
        problem = writeSavedList(
          {
            getItem: () => null,
            setItem: () => {
              throw e;
            },
          },
          s.saved,
          s.savedWritable,
        );
      }
      if (problem) s.reportSavedError(problem);
    });
  }, [store]);
}
