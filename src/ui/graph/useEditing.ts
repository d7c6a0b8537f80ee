import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { useAtlasStore } from '../store.tsx';
import { isSampleNumber } from './editAnchor.ts';

/**
 * Which number of the graph is being edited where it is shown: a weight or bias the reader
 * picked, or an input or target. A parameter a step or a link selects is traced, not opened for
 * editing: the field would sit on the very edge the trace ends at.
 */
export function useEditing(param: string | null, layer: RefObject<SVGGElement | null>) {
  const store = useAtlasStore();
  const [editing, setEditing] = useState<string | null>(null);
  const editingNow = useRef(editing);
  editingNow.current = editing;
  // Picking a parameter traces it and opens its field; picking the traced one opens its field
  // if it is closed, and lets the parameter go if it is open. Stable, for memoized edges and tabs.
  const onSelect = useCallback(
    (p: string) => {
      const already = store.getState().param === p;
      const letGo = already && editingNow.current === p;
      if (!already) store.getState().selectParam(p);
      if (letGo) store.getState().selectParam(null);
      setEditing(letGo ? null : p);
    },
    [store],
  );
  // A field left open on a parameter that is no longer traced (another step, "Clear the
  // selection") closes.
  useEffect(() => {
    setEditing((e) => (e && !isSampleNumber(e) && e !== param ? null : e));
  }, [param]);
  // Closed from the keyboard (Escape), the field hands the focus back to what it edits, so the
  // reader goes on from where they were rather than from the top of the page.
  const close = (target: string) => {
    if (document.activeElement?.closest('.number-editor'))
      layer.current
        ?.querySelector<SVGElement>(`[data-param="${target}"], [data-edit="${target}"]`)
        ?.focus();
    setEditing(null);
  };
  return { editing, setEditing, onSelect, close };
}
