import { lazy, memo, Suspense, useEffect, useMemo, useState } from 'react';
import { generalRows } from '../../derivation/general.ts';
import { matrixRows } from '../../derivation/matrixForm.ts';
import type { ParamTrace } from '../../derivation/paramTrace.ts';
import type { Step } from '../../derivation/types.ts';
import { CONTRACT_NAMES } from '../../i18n/strings.ts';
import type { DerivedNetwork } from '../../state/derived.ts';
import { useAtlas } from '../store.tsx';
import { useStrings } from '../useStrings.ts';
import { type CheckTarget, EquationRows } from './EquationRows.tsx';
import { shownRows } from './shownRows.ts';
import { TraceControls } from './TraceControls.tsx';

// Self-check and the quiz load when first asked for.
const CheckedRows = lazy(() =>
  import('../check/CheckedRows.tsx').then((m) => ({ default: m.CheckedRows })),
);
const QuizPanel = lazy(() =>
  import('../check/QuizPanel.tsx').then((m) => ({ default: m.QuizPanel })),
);

interface Props {
  network: DerivedNetwork;
  step: Step;
  paramTrace: ParamTrace | null;
  /** Frames of the animation shown so far. */
  frame: number;
  /** Whether rows wait for the frames of an animation (a trace, or a matrix filling up). */
  animated: boolean;
  reusedDeltas: ReadonlySet<string>;
  digits: number;
  /** Presentation's reveal style: numbers from this one on are hidden. */
  concealFrom?: number;
}

/** The current step's words and equations; with a parameter selected, its whole trace. */
export const EquationsPanel = memo(function EquationsPanel({
  network,
  step,
  paramTrace,
  frame,
  animated,
  reusedDeltas,
  digits,
  concealFrom,
}: Props) {
  const t = useStrings();
  const lang = useAtlas((s) => s.lang);
  const presentation = useAtlas((s) => s.presentation);
  const rows = shownRows(step, paramTrace);
  // Self-check (hide a number, work it out) and the quiz on a trace; both end with the step.
  const [checking, setChecking] = useState(false);
  const [asked, setAsked] = useState<CheckTarget | null>(null);
  const [quiz, setQuiz] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new step or trace resets them
  useEffect(() => {
    setAsked(null);
    setQuiz(false);
  }, [rows]);
  const layer = paramTrace ? Number(/^[Wb](\d+)/.exec(paramTrace.param)?.[1]) : 0;
  const extra = useMemo(
    () =>
      layer
        ? {
            matrix: matrixRows(network.trace, layer, network.notation),
            general: generalRows(network.spec.activations.includes('softmax'), network.notation),
          }
        : null,
    [network, layer],
  );
  const shownFrame = animated ? frame : Number.POSITIVE_INFINITY;
  const done = !paramTrace || frame >= paramTrace.frames.length;
  // A trace step already is the parameter's derivation; other steps keep their own rows.
  const showExtra =
    extra && done && (step.param === paramTrace?.param ? step.id.startsWith('trace') : true);
  return (
    <section
      className="panel equations-panel"
      aria-label={CONTRACT_NAMES.equations}
      data-step={step.id}
      // Focusable, so a keyboard can scroll it when a step runs long (axe: scrollable-region-focusable).
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
      tabIndex={0}
    >
      <header>
        <h2>{step.title[lang]}</h2>
        {step.source && (
          <p className="source">
            {t.follows}
            {step.source[lang]}
          </p>
        )}
        <p className="narration">{step.narration[lang]}</p>
      </header>
      {paramTrace && (
        <TraceControls trace={paramTrace} frame={frame} onQuiz={() => setQuiz(true)} />
      )}
      {quiz && paramTrace && !presentation && (
        <Suspense fallback={null}>
          <QuizPanel network={network} param={paramTrace.param} onClose={() => setQuiz(false)} />
        </Suspense>
      )}
      {!presentation && (
        <div className="self-check-bar">
          <button
            type="button"
            aria-pressed={checking}
            onClick={() => {
              setChecking(!checking);
              setAsked(null);
            }}
          >
            {t.checkYourself}
          </button>
          {checking && <span className="check-help">{t.checkHelp}</span>}
        </div>
      )}
      {checking && !presentation ? (
        <Suspense fallback={<EquationRows rows={rows} frame={shownFrame} digits={digits} />}>
          <CheckedRows
            key={asked ? JSON.stringify(asked) : 'none'}
            rows={rows}
            frame={shownFrame}
            digits={digits}
            reusedDeltas={reusedDeltas}
            reusedLabel={t.reused}
            network={network}
            target={asked}
            onAsk={setAsked}
            onStop={() => setAsked(null)}
          />
        </Suspense>
      ) : (
        <EquationRows
          rows={rows}
          frame={shownFrame}
          digits={digits}
          reusedDeltas={reusedDeltas}
          reusedLabel={t.reused}
          concealFrom={concealFrom}
        />
      )}
      {showExtra && extra && (
        <>
          <h3>{t.matrixOf(layer)}</h3>
          <EquationRows rows={extra.matrix} frame={shownFrame} digits={digits} />
          <h3>{t.anyLayer}</h3>
          <EquationRows rows={extra.general} frame={shownFrame} digits={digits} />
        </>
      )}
    </section>
  );
});
