import { useEffect } from 'react';
import { writeUrl } from '../../state/url.ts';
import { useAtlasStore } from '../store.tsx';

/** Keeps the address bar equal to the view, so a copied URL reopens it; <html lang> follows. */
export function useUrlSync(): void {
  const store = useAtlasStore();
  useEffect(() => {
    const write = () => {
      const { netId, step, param, lang, edits } = store.getState();
      const search = writeUrl({ netId, step, param, lang, edits: edits[netId] ?? {} });
      if (window.location.search !== search) window.history.replaceState(null, '', search);
      document.documentElement.lang = lang;
    };
    write();
    return store.subscribe(write);
  }, [store]);
}
