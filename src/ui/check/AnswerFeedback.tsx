import { formatNumber } from '../../derivation/number.ts';
import { differenceTex, type Hint } from '../../derivation/selfCheck.ts';
import { formatPercent } from '../../i18n/numbers.ts';
import { useAtlas } from '../store.tsx';
import { Tex } from '../Tex.tsx';
import { useStrings } from '../useStrings.ts';
import type { AnswerState } from './useAnswer.ts';

/**
 * What the last check said, and the way to a hint or the answer; read out as it changes (a live
 * region, not a status: the page's one status names the step, ui-contract.md).
 */
export function AnswerFeedback({
  state,
  answer,
  hint,
}: {
  state: AnswerState;
  answer: number;
  hint: Hint | null;
}) {
  const t = useStrings();
  const digits = useAtlas((s) => s.digits);
  const lang = useAtlas((s) => s.lang);
  const { verdict } = state;
  const shown = formatNumber(answer, digits);
  return (
    <div className="answer-feedback">
      <p className={`verdict ${verdict?.kind ?? ''}`} aria-live="polite">
        {verdict?.kind === 'right' && t.rightAnswer(shown)}
        {verdict?.kind === 'wrong' &&
          t.wrongAnswer(formatNumber(verdict.typed, digits), formatPercent(verdict.off, lang))}
        {verdict?.kind === 'unreadable' && verdict.error[lang]}
        {state.shown && verdict?.kind !== 'right' && t.answerWas(shown)}
      </p>
      <div className="answer-buttons">
        <button type="button" onClick={state.submit} disabled={state.done}>
          {t.checkAnswer}
        </button>
        {hint && (
          <button type="button" onClick={state.showHint} disabled={state.hint || state.done}>
            {t.hint}
          </button>
        )}
        <button type="button" onClick={state.showAnswer} disabled={state.done}>
          {t.showAnswer}
        </button>
      </div>
      {state.hint && hint && (
        <div className="hint">
          <p>{hint.difference ? t.hintFormula : t.hintTerm}</p>
          <Tex tex={hint.formula} display />
          {hint.difference && (
            <>
              <p>{t.hintDifference}</p>
              <Tex tex={differenceTex(hint.difference)} display />
            </>
          )}
        </div>
      )}
    </div>
  );
}
