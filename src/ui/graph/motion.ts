/**
 * The graph's motion, done by D3: zoom and pan, and the trace colour drawn back along an edge.
 * Loaded just after the first paint, which does not need it (see loadMotion.ts).
 */

import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { View } from './readableView.ts';

export interface Zoom {
  /** Back to the whole graph. */
  fit(): void;
  /** To this zoom, at once. */
  show(view: View): void;
  detach(): void;
}

/** Wheel and drag zoom `layer` inside `svg`; double click is left alone. */
export function attachZoom(svg: SVGSVGElement, layer: SVGGElement): Zoom {
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.4, 5])
    .on('zoom', (e) => layer.setAttribute('transform', e.transform.toString()));
  select(svg).call(behaviour).on('dblclick.zoom', null);
  return {
    fit: () => select(svg).call(behaviour.transform, zoomIdentity),
    show: ({ k, x, y }) =>
      select(svg).call(behaviour.transform, zoomIdentity.translate(x, y).scale(k)),
    detach: () => select(svg).on('.zoom', null),
  };
}

/**
 * Draws `path`'s stroke (`length` long) from its end back to its start (from the loss side, the
 * way backprop runs) over `durationMs`; with no duration it is shown whole at once. Returns a
 * stop function. The length is given, not measured: measuring each edge after styling the last
 * made the browser lay the page out once per edge.
 */
export function drawBack(path: SVGPathElement, durationMs: number, length: number): () => void {
  const el = select(path);
  el.interrupt();
  if (durationMs <= 0) {
    el.style('stroke-dasharray', null).style('stroke-dashoffset', null);
    return () => {};
  }
  el.style('stroke-dasharray', `${length} ${length}`)
    .style('stroke-dashoffset', `${-length}`)
    .transition()
    .duration(durationMs)
    .style('stroke-dashoffset', '0')
    .on('end', () => el.style('stroke-dasharray', null));
  return () => el.interrupt();
}
