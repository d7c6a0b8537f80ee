import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Text } from '../../schema/language.ts';
import { parseEditValue } from '../../state/edits.ts';
import { useAtlas } from '../store.tsx';
import { useStrings } from '../useStrings.ts';

interface Props {
  /** What is edited: `W1[0][1]`, `b2[0]`, `x0[1]`, `y0[0]`. */
  target: string;
  value: number;
  /** Where the field's middle goes, in the graph's coordinates (see editAnchor.ts). */
  x: number;
  y: number;
  onCommit(value: number): void;
  onClose(): void;
  /** Take the keyboard focus when it opens (it was opened from the keyboard or by a click). */
  autoFocus?: boolean;
}

/**
 * The room the field (centred) and its message (below) take, in screen pixels, whatever the
 * graph's zoom.
 */
const BOX = { width: 240, height: 150 };

/**
 * A number edited where the graph shows it. Enter or leaving the field applies a valid value;
 * Escape puts the old one back; a bad value is refused with a message and nothing changes.
 * The field keeps its size on screen however far the graph is zoomed or scaled to fit.
 */
export function NumberEditor({ target, value, x, y, onCommit, onClose, autoFocus }: Props) {
  const t = useStrings();
  const lang = useAtlas((s) => s.lang);
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<Text | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const box = useRef<SVGForeignObjectElement>(null);
  const scale = useScreenScale(box);
  useEffect(() => setText(String(value)), [value]);
  useEffect(() => {
    if (autoFocus) input.current?.select();
  }, [autoFocus]);
  const commit = () => {
    const parsed = parseEditValue(text);
    if ('error' in parsed) {
      setError(parsed.error);
      return false;
    }
    setError(null);
    if (parsed.value !== value) onCommit(parsed.value);
    return true;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    // Keys typed here belong to the field, never to the stepper.
    e.stopPropagation();
    if (e.key === 'Enter') {
      // Nothing else to do with Enter here; left alone, its text input would lay the page out in
      // the same task as the re-derivation the value sets off.
      e.preventDefault();
      commit();
    }
    if (e.key === 'Escape') {
      setText(String(value));
      setError(null);
      onClose();
    }
  };
  // The field's middle on (x, y); the message, if any, below it.
  return (
    <foreignObject
      ref={box}
      x={x - BOX.width / 2 / scale}
      y={y - BOX.height / 2 / scale}
      width={BOX.width / scale}
      height={BOX.height / scale}
      className="number-editor"
    >
      <div
        className="number-editor-box"
        style={{ ...BOX, transform: `scale(${1 / scale})`, transformOrigin: '0 0' }}
      >
        <div className="number-editor-field">
          <input
            ref={input}
            type="text"
            inputMode="decimal"
            aria-label={t.editValue(target)}
            aria-invalid={error ? true : undefined}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => {
              if (commit()) onClose();
            }}
          />
          {error && (
            <p role="alert" className="edit-error">
              {error[lang]}
            </p>
          )}
        </div>
      </div>
    </foreignObject>
  );
}

/**
 * Screen pixels per unit of the graph at `el` (the fit to the panel times the zoom), kept up to
 * date as the panel resizes or the graph is zoomed and panned.
 */
function useScreenScale(el: { current: SVGGraphicsElement | null }): number {
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const node = el.current;
    const layer = node?.parentNode;
    const svg = node?.ownerSVGElement;
    if (!node || !(layer instanceof SVGGraphicsElement) || !svg) return;
    const measure = () => {
      const m = layer.getScreenCTM();
      if (m && m.a > 0) setScale(m.a);
    };
    measure();
    // Zoom and pan rewrite the layer's transform; a resize refits the whole graph.
    const zoomed = new MutationObserver(measure);
    zoomed.observe(layer, { attributes: true, attributeFilter: ['transform'] });
    const resized = new ResizeObserver(measure);
    resized.observe(svg);
    return () => {
      zoomed.disconnect();
      resized.disconnect();
    };
  }, [el]);
  return scale;
}
