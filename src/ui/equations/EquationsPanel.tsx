import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ParamTrace } from '../../derivation/paramTrace.ts';
import { CONTRACT_NAMES } from '../../i18n/strings.ts';
import { type DerivedNetwork, deriveParamTrace } from '../../state/derived.ts';
import { useSettled } from '../hooks/useSettled.ts';
import type { CheckTarget } from './EquationRows.tsx';
import { type BodyView, StepBody } from './StepBody.tsx';

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

/** What the steps drawn ahead depend on (not the animation's frame). */
interface Around {
  network: DerivedNetwork;
  index: number;
  digits: number;
  revealing: boolean;
  reducedMotion: boolean;
  reusedFor: Props['reusedFor'];
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
  // After the press's frame: the shown body takes input (inert costs a restyle and repaint of
  // both bodies, so it waits a frame); a frame later the bodies around it are drawn.
  const active = useSettled(liveKey);
  const settled = useSettled(around, active === liveKey);
  const live = bodyView(around, index, param, frame, revealed);

  // Each body keeps the view it was last drawn with until it must change, so that a body drawn
  // ahead is shown exactly as drawn.
  const drawn = useRef(new Map<string, BodyView>());
  const bodies = new Map<string, { order: number; view: BodyView }>();
  for (const i of [settled.index - 1, settled.index, settled.index + 1]) {
    if (!settled.network.steps[i]) continue;
    const key = bodyKey(settled.network, i);
    const view =
      i === settled.index
        ? (drawn.current.get(key) ?? entryView(settled, i))
        : entryView(settled, i, index);
    bodies.set(key, { order: i, view });
  }
  bodies.set(liveKey, { order: index, view: live });
  const shown = [...bodies].sort((a, b) => a[1].order - b[1].order);
  useLayoutEffect(() => {
    drawn.current = new Map(shown.map(([key, { view }]) => [key, view]));
  });

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
            aria-label={current ? CONTRACT_NAMES.equations : undefined}
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

/** Names a step's body: the same step of the same network (edited or not) is one body. */
function bodyKey(network: DerivedNetwork, index: number): string {
  return `${network.spec.id}:${network.steps[index].id}`;
}

/** A step's body as it is drawn: its trace (if any) up to `frame`. */
function bodyView(
  around: Around,
  index: number,
  param: string | null,
  frame: number,
  concealFrom: number | undefined,
): BodyView {
  const { network } = around;
  const step = network.steps[index];
  const paramTrace = deriveParamTrace(network, param);
  const frames = paramTrace ? paramTrace.frames : (step.frames ?? []);
  return {
    network,
    step,
    paramTrace,
    // With reduced motion the animation is skipped: its end is drawn from the start.
    frame: around.reducedMotion ? frames.length : frame,
    animated: frames.length > 0,
    reusedDeltas: around.reusedFor(paramTrace),
    digits: around.digits,
    concealFrom,
  };
}

/**
 * A step's body as a key press would show it: its own trace from the first frame; in the reveal
 * style, with its numbers hidden when reached going forward and all shown going back.
 */
function entryView(around: Around, index: number, from = around.index): BodyView {
  const conceal = around.revealing ? (index > from ? 0 : Number.POSITIVE_INFINITY) : undefined;
  return bodyView(around, index, around.network.steps[index].param ?? null, 0, conceal);
}
