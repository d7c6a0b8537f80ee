import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { Text } from '../../derivation/types.ts';
import { parseEditValue } from '../../state/edits.ts';
import { useAtlas } from '../store.tsx';
import { useStrings } from '../useStrings.ts';

interface Props {
  /** What is edited: `W1[0][1]`, `b2[0]`, `x0[1]`, `y0[0]`. */
  target: string;
  value: number;
  x: number;
  y: number;
  onCommit(value: number): void;
  onClose(): void;
  /** Take the keyboard focus when it opens (it was opened from the keyboard or by a click). */
  autoFocus?: boolean;
}

/**
 * A number edited where the graph shows it. Enter or leaving the field applies a valid value;
 * Escape puts the old one back; a bad value is refused with a message and nothing changes.
 */
export function NumberEditor({ target, value, x, y, onCommit, onClose, autoFocus }: Props) {
  const t = useStrings();
  const lang = useAtlas((s) => s.lang);
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<Text | null>(null);
  const input = useRef<HTMLInputElement>(null);
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
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') {
      setText(String(value));
      setError(null);
      onClose();
    }
  };
  return (
    <foreignObject
      x={x - 48}
      y={y - 16}
      width={error ? 220 : 96}
      height={error ? 78 : 32}
      className="number-editor"
    >
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
    </foreignObject>
  );
}
