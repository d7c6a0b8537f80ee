import { useEffect, useMemo, useState } from 'react';
import { formatTexNumber } from '../../derivation/number.ts';
import { type Question, quizFor } from '../../derivation/quiz.ts';
import { parseParam } from '../../engine/params.ts';
import type { DerivedNetwork } from '../../state/derived.ts';
import { useAtlas, useAtlasStore } from '../store.tsx';
import { Tex } from '../Tex.tsx';
import { useStrings } from '../useStrings.ts';
import { AnswerFeedback } from './AnswerFeedback.tsx';
import { AnswerInput } from './AnswerInput.tsx';
import { useAnswer } from './useAnswer.ts';

/** The quiz on one parameter's trace, a question at a time; its factor's edge lights up. */
export function QuizPanel({
  network,
  param,
  onClose,
}: {
  network: DerivedNetwork;
  param: string;
  onClose(): void;
}) {
  const t = useStrings();
  const digits = useAtlas((s) => s.digits);
  const questions = useMemo(() => {
    const p = parseParam(param, network.spec);
    if ('error' in p) return [];
    return quizFor(network.trace, p, network.notation, (v) => formatTexNumber(v, digits));
  }, [network, param, digits]);
  const [index, setIndex] = useState(0);
  const [firstTries, setFirstTries] = useState(0);
  const finished = index >= questions.length;
  return (
    <section className="quiz" aria-label={t.quizTitle(param)}>
      <h3>{t.quizTitle(param)}</h3>
      {finished ? (
        <>
          <p className="quiz-done" aria-live="polite">
            {t.quizDone(firstTries, questions.length)}
          </p>
          <div className="answer-buttons">
            <button
              type="button"
              onClick={() => {
                setIndex(0);
                setFirstTries(0);
              }}
            >
              {t.quizAgain}
            </button>
            <button type="button" onClick={onClose}>
              {t.quizClose}
            </button>
          </div>
        </>
      ) : (
        <QuizQuestion
          // A new question starts with an empty field and no verdict.
          key={index}
          question={questions[index]}
          position={t.quizProgress(index + 1, questions.length)}
          onNext={(firstTry) => {
            if (firstTry) setFirstTries((n) => n + 1);
            setIndex((i) => i + 1);
          }}
          onClose={onClose}
        />
      )}
    </section>
  );
}

function QuizQuestion({
  question,
  position,
  onNext,
  onClose,
}: {
  question: Question;
  position: string;
  onNext(firstTry: boolean): void;
  onClose(): void;
}) {
  const t = useStrings();
  const store = useAtlasStore();
  const lang = useAtlas((s) => s.lang);
  const state = useAnswer(question.answer);
  // The question's edge lights in the graph, whatever the pointer does meanwhile.
  useEffect(() => {
    store.getState().setSpotlight(question.factor ?? null);
    return () => store.getState().setSpotlight(null);
  }, [question.factor, store]);
  return (
    <div className="quiz-question">
      <p className="quiz-progress">{position}</p>
      <p>{question.text[lang]}</p>
      <div
        className={`quiz-prompt${question.color !== undefined ? ` coloured f-${question.color}` : ''}`}
      >
        <Tex tex={`${question.prompt} =`} />
        <AnswerInput state={state} onCancel={onClose} />
      </div>
      <AnswerFeedback state={state} answer={question.answer} hint={question.hint} />
      {state.done && (
        <button type="button" className="quiz-next" onClick={() => onNext(state.firstTry)}>
          {t.quizNext}
        </button>
      )}
    </div>
  );
}
