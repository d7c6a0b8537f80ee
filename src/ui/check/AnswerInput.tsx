import { useEffect, useRef } from 'react';
import { useStrings } from '../useStrings.ts';
import type { AnswerState } from './useAnswer.ts';

/** The field a hidden number is typed into: Enter checks, Escape gives up the question. */
export function AnswerInput({
  state,
  label,
  onCancel,
}: {
  state: AnswerState;
  label?: string;
  onCancel?(): void;
}) {
  const t = useStrings();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  const verdict = state.verdict?.kind;
  return (
    <input
      ref={field}
      className={`answer-input ${verdict ?? ''}`}
      type="text"
      inputMode="decimal"
      size={8}
      aria-label={label ?? t.yourAnswer}
      aria-invalid={verdict === 'wrong' || verdict === 'unreadable' ? true : undefined}
      value={state.shown ? '' : state.text}
      placeholder="?"
      readOnly={state.done}
      onChange={(e) => state.setText(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') state.submit();
        if (e.key === 'Escape') onCancel?.();
      }}
    />
  );
}
