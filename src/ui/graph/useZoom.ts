import { type RefObject, useCallback, useEffect, useRef } from 'react';
import { motion } from './loadMotion.ts';
import type { Zoom } from './motion.ts';

/**
 * Wheel and drag zoom of `layer` inside `svg`, attached once D3's motion code has loaded;
 * returns `fit` (the same function every time), which shows the whole graph again.
 */
export function useZoom(
  svg: RefObject<SVGSVGElement | null>,
  layer: RefObject<SVGGElement | null>,
): () => void {
  const zoomer = useRef<Zoom | null>(null);
  useEffect(() => {
    let cancelled = false;
    void motion.then((m) => {
      if (!cancelled && svg.current && layer.current)
        zoomer.current = m.attachZoom(svg.current, layer.current);
    });
    return () => {
      cancelled = true;
      zoomer.current?.detach();
      zoomer.current = null;
    };
  }, [svg, layer]);
  return useCallback(() => zoomer.current?.fit(), []);
}
