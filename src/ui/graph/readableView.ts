/**
 * Where the graph starts on a screen too narrow to show all of it at a readable size (a phone):
 * zoomed in until its drawing is `minScale` CSS px per unit (labels of 12 units ≈ 11 px), its
 * left edge (the inputs) where the whole graph's left edge was, centred vertically; the reader
 * pans and pinches from there, and "Fit graph" shows it whole.
 */

/** A zoom of the graph's layer, in its own units: p ↦ k·p + (x, y). */
export interface View {
  k: number;
  x: number;
  y: number;
}

/** CSS px per graph unit below which the whole graph is too small to read. */
export const MIN_SCALE = 0.9;

/**
 * The view for a canvas of `width` × `height` CSS px showing a graph of `graphWidth` ×
 * `graphHeight` units fitted whole (preserveAspectRatio meet); null where the whole graph is
 * readable, or where the canvas, not its width, is what limits it (there is room to the sides).
 */
export function readableView(
  width: number,
  height: number,
  graphWidth: number,
  graphHeight: number,
  minScale = MIN_SCALE,
): View | null {
  const fitted = Math.min(width / graphWidth, height / graphHeight);
  if (!(fitted > 0) || fitted >= minScale || height / graphHeight <= width / graphWidth)
    return null;
  // As large as readable, but no taller than the canvas.
  const k = Math.min(minScale, height / graphHeight) / fitted;
  if (k <= 1) return null;
  return { k, x: 0, y: (graphHeight / 2) * (1 - k) };
}
