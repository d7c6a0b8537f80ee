import { useEffect } from 'react';
import { encodeNetwork } from '../../state/shareable.ts';
import { writeUrl } from '../../state/url.ts';
import { useAtlasStore } from '../store.tsx';

/** Keeps the address bar equal to the view, so a copied URL reopens it; <html lang> follows. */
export function useUrlSync(): void {
  const store = useAtlasStore();
  useEffect(() => {
    const write = () => {
      const { netId, step, param, lang, edits, saved } = store.getState();
      // A network of one's own goes in the link whole, so the link works in any browser.
      const own = saved.find((p) => p.spec.id === netId);
      const search = writeUrl(
        { netId, step, param, lang, edits: edits[netId] ?? {} },
        own ? encodeNetwork(own) : undefined,
      );
      if (window.location.search !== search) window.history.replaceState(null, '', search);
      document.documentElement.lang = lang;
    };
    write();
    return store.subscribe(write);
  }, [store]);
}
