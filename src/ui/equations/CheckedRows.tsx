import { type ComponentProps, useMemo } from 'react';
import { formatTexNumber } from '../../derivation/number.ts';
import { factorHint, type Hint, termHint } from '../../derivation/selfCheck.ts';
import { numberSlots } from '../../derivation/slots.ts';
import type { Equation } from '../../derivation/types.ts';
import type { DerivedNetwork } from '../../state/derived.ts';
import { AnswerFeedback } from '../check/AnswerFeedback.tsx';
import { AnswerInput } from '../check/AnswerInput.tsx';
import { useAnswer } from '../check/useAnswer.ts';
import { useStrings } from '../useStrings.ts';
import { type CheckTarget, EquationRows } from './EquationRows.tsx';

type RowsProps = Omit<ComponentProps<typeof EquationRows>, 'check'>;

/**
 * Equation rows in self-check mode: any number (or a row's whole term) can be hidden; the
 * asked one becomes a field, checked below. Keyed by the target, so each question starts fresh.
 */
export function CheckedRows({
  network,
  target,
  onAsk,
  onStop,
  ...rows
}: RowsProps & {
  network: DerivedNetwork;
  target: CheckTarget | null;
  onAsk(target: CheckTarget): void;
  onStop(): void;
}) {
  const t = useStrings();
  const { answer, hint } = useMemo(
    () => question(network, rows.rows, target, rows.digits),
    [network, rows.rows, target, rows.digits],
  );
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

/** What the target asks for, and its hint: a factor's formula, or the numbers a result is made of. */
function question(
  network: DerivedNetwork,
  rows: readonly Equation[],
  target: CheckTarget | null,
  digits: number,
): { answer: number; hint: Hint | null } {
  const write = (v: number) => formatTexNumber(v, digits);
  if (!target) return { answer: Number.NaN, hint: null };
  if (target.kind === 'term') {
    const row = rows[target.row];
    return { answer: row.value ?? Number.NaN, hint: termHint(row.terms, write) };
  }
  const slot = numberSlots(rows)[target.index];
  const row = rows[slot.row];
  const hint = slot.factor
    ? factorHint(network.trace, slot.factor, network.notation, write)
    : slot.value === row.value
      ? termHint(row.terms, write)
      : null;
  return { answer: slot.value, hint };
}
