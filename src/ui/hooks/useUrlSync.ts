import { useEffect } from 'react';
import { linkFragment } from '../../state/linkedNetwork.ts';
import { writeUrl } from '../../state/url.ts';
import { useAtlasStore } from '../store.tsx';

/**
 * How long after the last change the address bar follows (ui-contract.md: within 250 ms).
 * Writes are coalesced: holding → for a second makes a few writes, not thirty, so the browser
 * never throttles history.replaceState, and a step's frame pays nothing for its URL.
 */
export const URL_DELAY_MS = 150;

/**
 * Keeps the address bar equal to the view, so a copied URL reopens it: at once when the page
 * opens, when it is hidden or closed, and otherwise URL_DELAY_MS after the last change.
 * <html lang> follows the language at once.
 */
export function useUrlSync(): void {
  const store = useAtlasStore();
  useEffect(() => {
    let last: unknown[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const held = () => {
      const { netId, step, param, lang, edits, saved, linked } = store.getState();
      return [netId, step, param, lang, edits, saved, linked];
    };
    const write = () => {
      clearTimeout(timer);
      timer = undefined;
      const now = held();
      if (now.every((v, i) => v === last[i])) return;
      last = now;
      const { netId, step, param, lang, edits, saved, linked } = store.getState();
      // A network of one's own (or the link's) goes in the link whole, compressed in the
      // fragment, so the link works in any browser; compressing takes a moment, then the URL is
      // written again.
      const own =
        saved.find((p) => p.spec.id === netId) ?? (linked?.spec.id === netId ? linked : undefined);
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
    };
    const changed = () => {
      const { lang } = store.getState();
      // Setting lang, even to the same value, makes the browser restyle the whole page.
      if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
      // Most changes (animation frames, hover) touch none of what the URL holds.
      if (timer === undefined && held().some((v, i) => v !== last[i]))
        timer = setTimeout(write, URL_DELAY_MS);
    };
    const flush = () => {
      if (timer !== undefined) write();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    write();
    changed();
    const unsubscribe = store.subscribe(changed);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      flush();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', flush);
    };
  }, [store]);
}
