import { useEffect } from 'react';
import { encodeNetwork } from '../../state/shareable.ts';
import { writeUrl } from '../../state/url.ts';
import { useAtlasStore } from '../store.tsx';

/** Keeps the address bar equal to the view, so a copied URL reopens it; <html lang> follows. */
export function useUrlSync(): void {
  const store = useAtlasStore();
  useEffect(() => {
    let last: unknown[] = [];
    const write = () => {
      const { netId, step, param, lang, edits, saved, linked } = store.getState();
      // Most changes (animation frames, hover) touch none of this: nothing to do.
      const now = [netId, step, param, lang, edits, saved, linked];
      if (now.every((v, i) => v === last[i])) return;
      last = now;
      // A network of one's own goes in the link whole, so the link works in any browser.
      const own =
        saved.find((p) => p.spec.id === netId) ?? (linked?.spec.id === netId ? linked : undefined);
      const search = writeUrl(
        { netId, step, param, lang, edits: edits[netId] ?? {} },
        own ? encodeNetwork(own) : undefined,
      );
      if (window.location.search !== search) window.history.replaceState(null, '', search);
      // Setting lang, even to the same value, makes the browser restyle the whole page.
      if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
    };
    write();
    return store.subscribe(write);
  }, [store]);
}
