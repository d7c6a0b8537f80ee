import { type RefObject, useCallback, useEffect, useRef } from 'react';
import { motion } from './loadMotion.ts';
import type { Zoom } from './motion.ts';
import type { View } from './readableView.ts';

/**
 * Wheel and drag zoom of `layer` inside `svg`, attached once D3's motion code has loaded;
 * returns `fit` (the same function every time), which shows the whole graph again. `start`
 * says where a graph starts (null: whole); it is asked again whenever it changes (a new layout).
 */
export function useZoom(
  svg: RefObject<SVGSVGElement | null>,
  layer: RefObject<SVGGElement | null>,
  start: () => View | null,
): () => void {
  const zoomer = useRef<Zoom | null>(null);
  const latestStart = useRef(start);
  latestStart.current = start;
  useEffect(() => {
    let cancelled = false;
    void motion.then((m) => {
      if (cancelled || !svg.current || !layer.current) return;
      zoomer.current = m.attachZoom(svg.current, layer.current);
      const view = latestStart.current();
      if (view) zoomer.current.show(view);
    });
    return () => {
      cancelled = true;
      zoomer.current?.detach();
      zoomer.current = null;
    };
  }, [svg, layer]);
  // A new layout (another network, z and a apart or together) starts where it should.
  useEffect(() => {
    const view = start();
    if (view) zoomer.current?.show(view);
  }, [start]);
  return useCallback(() => zoomer.current?.fit(), []);
}
