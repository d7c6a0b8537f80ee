import { useEffect } from 'react';
import { linkFragment } from '../../state/linkedNetwork.ts';
import { writeUrl } from '../../state/url.ts';
import { useAtlasStore } from '../store.tsx';

/** Keeps the address bar equal to the view, so a copied URL reopens it; <html lang> follows. */
export function useUrlSync(): void {
  const store = useAtlasStore();
  useEffect(() => {
    let last: unknown[] = [];
    const write = () => {
      const { netId, step, param, lang, edits, saved } = store.getState();
      // Most changes (animation frames, hover) touch none of this: nothing to do.
      const now = [netId, step, param, lang, edits, saved];
      if (now.every((v, i) => v === last[i])) return;
      last = now;
      // A network of one's own goes in the link whole (compressed, in the fragment), so the link
      // works in any browser; compressing takes a moment, then the URL is written again.
      const own = saved.find((p) => p.spec.id === netId);
      const search = writeUrl({ netId, step, param, lang, edits: edits[netId] ?? {} });
      const hash = own
        ? linkFragment(own, (def) => {
            store.getState().linkMade(own.spec.id, def.length);
            last = [];
            write();
          })
        : '';
      const href = search + hash;
      if (window.location.search + window.location.hash !== href)
        window.history.replaceState(null, '', href);
      // Setting lang, even to the same value, makes the browser restyle the whole page.
      if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
    };
    write();
    return store.subscribe(write);
  }, [store]);
}
