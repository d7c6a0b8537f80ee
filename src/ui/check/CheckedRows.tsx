import type { ComponentProps } from 'react';
import type { Hint } from '../../derivation/selfCheck.ts';
import { type CheckTarget, EquationRows } from '../equations/EquationRows.tsx';
import { useStrings } from '../useStrings.ts';
import { AnswerFeedback } from './AnswerFeedback.tsx';
import { AnswerInput } from './AnswerInput.tsx';
import { useAnswer } from './useAnswer.ts';

type RowsProps = Omit<ComponentProps<typeof EquationRows>, 'check'>;

/**
 * Equation rows in self-check mode: any number (or a row's whole term) can be hidden; the
 * asked one becomes a field, checked below. Keyed by the target, so each question starts fresh.
 */
export function CheckedRows({
  target,
  answer,
  hint,
  onAsk,
  onStop,
  ...rows
}: RowsProps & {
  target: CheckTarget | null;
  answer: number;
  hint: Hint | null;
  onAsk(target: CheckTarget): void;
  onStop(): void;
}) {
  const t = useStrings();
  const state = useAnswer(answer);
  return (
    <>
      <EquationRows
        {...rows}
        check={{ asked: target, onAsk, field: <AnswerInput state={state} onCancel={onStop} /> }}
      />
      {target && (
        <div className="self-check-feedback">
          <AnswerFeedback state={state} answer={answer} hint={hint} />
          {/* Shows the number again, so another can be picked. */}
          <button type="button" onClick={onStop}>
            {t.stopChecking}
          </button>
        </div>
      )}
    </>
  );
}
