import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ParamTrace } from '../../derivation/paramTrace.ts';
import type { DerivedNetwork } from '../../state/derived.ts';
import { useSettled } from '../hooks/useSettled.ts';
import { useContractNames } from '../useStrings.ts';
import type { CheckTarget } from './EquationRows.tsx';
import { StepBody } from './StepBody.tsx';
import { type Around, bodyKey, bodyView, useBodies } from './useBodies.ts';

interface Props {
  network: DerivedNetwork;
  /** The step shown. */
  index: number;
  /** The parameter whose trace is shown, if any. */
  param: string | null;
  /** Frames of the animation shown so far. */
  frame: number;
  reducedMotion: boolean;
  digits: number;
  /** Presentation's reveal style: how many of the step's numbers are shown; else undefined. */
  revealed?: number;
  /** The δs a trace reuses from earlier traces. */
  reusedFor(trace: ParamTrace | null): ReadonlySet<string>;
  /** Whether the trace shown has run to its end (the δs it computed count as known then). */
  traceDone: boolean;
}

/**
 * The Equations region: the current step's body, with the steps on either side drawn ahead,
 * out of sight and out of the accessibility tree, once the current one has been painted. A key
 * press then only changes which body is shown, so its frame does not wait for typesetting and
 * layout (DESIGN.md's step latency budget).
 */
export function EquationsPanel({
  network,
  index,
  param,
  frame,
  reducedMotion,
  digits,
  revealed,
  reusedFor,
  traceDone,
}: Props) {
  const names = useContractNames();
  // Self-check (hide a number, work it out) and the quiz on a trace; both end with the step.
  const [checking, setChecking] = useState(false);
  const [asked, setAsked] = useState<{ key: string; target: CheckTarget } | null>(null);
  const [quizOn, setQuizOn] = useState<string | null>(null);
  const liveKey = bodyKey(network, index);
  // A question or quiz belongs to the rows it was asked on: this step with this trace.
  const askKey = `${liveKey}:${param ?? ''}`;
  const onChecking = useCallback((on: boolean) => {
    setChecking(on);
    setAsked(null);
  }, []);
  // Stable handlers, so that the bodies drawn ahead are not drawn again on every step.
  const asking = useRef(askKey);
  asking.current = askKey;
  const onAsk = useCallback(
    (target: CheckTarget | null) => setAsked(target && { key: asking.current, target }),
    [],
  );
  const onQuiz = useCallback((open: boolean) => setQuizOn(open ? asking.current : null), []);

  const revealing = revealed !== undefined;
  const around = useMemo<Around>(
    () => ({ network, index, digits, revealing, reducedMotion, reusedFor, traceDone }),
    [network, index, digits, revealing, reducedMotion, reusedFor, traceDone],
  );
  // Once the press's frame has been shown (afterPaint): the shown body takes input (inert costs a
  // restyle and repaint of both bodies); after that the bodies around it are drawn (useBodies).
  const active = useSettled(liveKey);
  const settled = useSettled(around, active === liveKey);
  const live = bodyView(around, index, param, frame, revealed);

  const shown = useBodies(settled, index, liveKey, live);

  // Focus in the body that was shown moves with the step, not to the page.
  const stack = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    void active;
    const focused = document.activeElement;
    const body = focused instanceof HTMLElement ? focused.closest('.step-body') : null;
    if (body && !body.classList.contains('equations-panel'))
      stack.current?.querySelector<HTMLElement>('.equations-panel')?.focus({ preventScroll: true });
  }, [active]);

  return (
    <div className="equations-stack" ref={stack}>
      {shown.map(([key, { view }]) => {
        // The shown body is the Equations region; the others wait beneath it, hidden from all.
        const current = key === liveKey;
        return (
          <section
            key={key}
            className={`panel step-body ${current ? 'equations-panel' : 'step-ahead'}`}
            inert={key !== active}
            aria-hidden={current ? undefined : true}
            aria-label={current ? names.equations : undefined}
            data-step={current ? view.step.id : undefined}
            data-ahead={current ? undefined : view.step.id}
            // Focusable, so a keyboard can scroll it when a step runs long (axe: scrollable-region-focusable).
            tabIndex={current ? 0 : undefined}
          >
            <StepBody
              {...view}
              checking={checking}
              onChecking={onChecking}
              asked={current && asked?.key === askKey ? asked.target : null}
              onAsk={onAsk}
              quiz={current && quizOn === askKey}
              onQuiz={onQuiz}
            />
          </section>
        );
      })}
    </div>
  );
}
