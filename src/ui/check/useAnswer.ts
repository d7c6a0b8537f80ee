import { useState } from 'react';
import { withinTolerance } from '../../derivation/selfCheck.ts';
import type { Text } from '../../schema/language.ts';
import { parseDecimal, type Reading } from '../../state/decimal.ts';

export type Verdict =
  | { kind: 'right' }
  | { kind: 'wrong'; typed: number; off: number }
  | { kind: 'unreadable'; error: Text };

/** A typed answer, read as every number field reads one (decimal.ts); or what is wrong with it. */
export function parseAnswer(text: string): Reading {
  return parseDecimal(text);
}

/** One question's state: what is typed, the verdicts so far, whether a hint or the answer shows. */
export function useAnswer(answer: number) {
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [tries, setTries] = useState(0);
  const [hint, setHint] = useState(false);
  const [shown, setShown] = useState(false);
  const submit = () => {
    const read = parseAnswer(text);
    if ('error' in read) return setVerdict({ kind: 'unreadable', error: read.error });
    const typed = read.value;
    setTries((n) => n + 1);
    if (withinTolerance(typed, answer)) setVerdict({ kind: 'right' });
    else
      setVerdict({
        kind: 'wrong',
        typed,
        off: answer === 0 ? Math.abs(typed) : Math.abs((typed - answer) / answer),
      });
  };
  const done = verdict?.kind === 'right' || shown;
  return {
    text,
    setText,
    submit,
    verdict,
    tries,
    hint,
    showHint: () => setHint(true),
    shown,
    showAnswer: () => setShown(true),
    done,
    /** Right before any wrong try and without the answer shown. */
    firstTry: verdict?.kind === 'right' && tries === 1 && !shown,
  };
}

export type AnswerState = ReturnType<typeof useAnswer>;
