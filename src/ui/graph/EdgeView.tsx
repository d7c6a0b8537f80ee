import { type KeyboardEvent, memo, useEffect, useRef } from 'react';
import { shallow } from 'zustand/shallow';
import type { PlacedEdge } from './layout.ts';
import { motion, motionNow } from './loadMotion.ts';

export interface EdgeState {
  traced: boolean;
  /** Colour slot of the trace frame that lit this edge, or null while it is still unlit. */
  color: number | null;
  /** Frame number that lit it, so the draw-back transition runs once, when it happens. */
  litAt: number | null;
  hovered: boolean;
  selected: boolean;
  /** Stroke width and sign when gradients are shown. */
  gradient: { width: number; sign: number } | null;
}

interface Props {
  edge: PlacedEdge;
  state: EdgeState;
  /** Accessible name: the weight and its value, or the edge and its local derivative. */
  name: string;
  /** 0 for the graph's one tab stop, else -1 (the arrow keys move between items). */
  tabIndex: number;
  animate: boolean;
  durationMs: number;
  onHover(key: string | null): void;
  onSelect?(param: string): void;
}

/**
 * One edge. A weight edge is also the weight's control: focusable, named with its value,
 * selected by click, Enter or Space. When a trace lights it, D3 draws the colour back along the
 * edge from the loss side, the way backprop runs.
 */
export const EdgeView = memo(function EdgeView({
  edge,
  state,
  name,
  tabIndex,
  animate,
  durationMs,
  onHover,
  onSelect,
}: Props) {
  const overlay = useRef<SVGPathElement>(null);
  useEffect(() => {
    const el = overlay.current;
    if (!el || state.litAt === null) return;
    const ms = animate ? durationMs : 0;
    const now = motionNow();
    if (now) return now.drawBack(el, ms, edge.length);
    // Before D3's motion has loaded (the first moments after opening a link) the edge is drawn
    // at once.
    let stop = () => {};
    let cancelled = false;
    void motion.then((m) => {
      if (!cancelled) stop = m.drawBack(el, 0, edge.length);
    });
    return () => {
      cancelled = true;
      stop();
    };
  }, [state.litAt, animate, durationMs, edge.length]);

  const param = edge.param;
  const classes = [
    'edge',
    `edge-${edge.kind}`,
    state.traced ? 'traced' : '',
    state.hovered ? 'hovered' : '',
    state.selected ? 'selected' : '',
    state.gradient ? (state.gradient.sign >= 0 ? 'grad-pos' : 'grad-neg') : '',
  ].join(' ');
  const onKeyDown = (e: KeyboardEvent) => {
    if (param && onSelect && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      e.stopPropagation();
      onSelect(param);
    }
  };
  // A weight edge is a button (SVG has no <button>); other edges can be reached and read, and
  // answer the pointer.
  const control =
    param && onSelect
      ? {
          role: 'button',
          'aria-pressed': state.selected,
          onClick: () => onSelect(param),
          onKeyDown,
        }
      : { role: 'graphics-symbol' };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: weight edges carry role="button" in `control`; the rest only highlight
    <g
      className={classes}
      data-edge={edge.key}
      data-param={param}
      data-traced={state.traced ? '' : undefined}
      data-focus={`edge:${edge.key}`}
      tabIndex={tabIndex}
      aria-label={name}
      {...control}
      onMouseEnter={() => onHover(edge.key)}
      onMouseLeave={() => onHover(null)}
      onFocus={() => onHover(edge.key)}
      onBlur={() => onHover(null)}
    >
      <path className="edge-hit" d={edge.d} />
      <path
        className="edge-line"
        d={edge.d}
        style={state.gradient ? { strokeWidth: state.gradient.width } : undefined}
      />
      {state.color !== null && (
        <path ref={overlay} className={`edge-trace f-${state.color}`} d={edge.d} />
      )}
    </g>
  );
}, sameEdge);

/**
 * Whether an edge would draw the same: GraphView builds a new state object (and gradient) each
 * render, so those are compared a level deeper than React's memo would.
 */
function sameEdge(a: Props, b: Props): boolean {
  const { state: s, ...rest } = a;
  const { state: t, ...others } = b;
  return (
    shallow(rest, others) &&
    shallow({ ...s, gradient: null }, { ...t, gradient: null }) &&
    shallow(s.gradient, t.gradient)
  );
}
