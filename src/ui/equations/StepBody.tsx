import { lazy, memo, Suspense, useMemo } from 'react';
import { generalRows } from '../../derivation/general.ts';
import { matrixRows } from '../../derivation/matrixForm.ts';
import type { ParamTrace } from '../../derivation/paramTrace.ts';
import { anythingToHide } from '../../derivation/slots.ts';
import type { Step } from '../../derivation/types.ts';
import { paramLayer } from '../../engine/names.ts';
import type { DerivedNetwork } from '../../state/derived.ts';
import { useAtlas } from '../store.tsx';
import { useStrings } from '../useStrings.ts';
import { type CheckTarget, EquationRows } from './EquationRows.tsx';
import { shownRows } from './shownRows.ts';
import { TraceControls } from './TraceControls.tsx';

// Self-check and the quiz load when first asked for.
const CheckedRows = lazy(() =>
  import('./CheckedRows.tsx').then((m) => ({ default: m.CheckedRows })),
);
const QuizPanel = lazy(() =>
  import('../check/QuizPanel.tsx').then((m) => ({ default: m.QuizPanel })),
);

/** What one step's body shows; the same values give the same drawing (the body is memoized). */
export interface BodyView {
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

interface Props extends BodyView {
  /** Self-check mode: numbers can be hidden and worked out. */
  checking: boolean;
  onChecking(on: boolean): void;
  /** The number or term asked for, if any. */
  asked: CheckTarget | null;
  onAsk(target: CheckTarget | null): void;
  quiz: boolean;
  onQuiz(open: boolean): void;
}

/** A step's words and equations; with a parameter selected, its whole trace. */
export const StepBody = memo(function StepBody({
  network,
  step,
  paramTrace,
  frame,
  animated,
  reusedDeltas,
  digits,
  concealFrom,
  checking,
  onChecking,
  asked,
  onAsk,
  quiz,
  onQuiz,
}: Props) {
  const t = useStrings();
  const lang = useAtlas((s) => s.lang);
  const presentation = useAtlas((s) => s.presentation);
  const rows = shownRows(step, paramTrace);
  // A step with nothing to hide (a note) offers no self-check.
  const checkable = anythingToHide(rows);
  const layer = paramTrace ? (paramLayer(paramTrace.param) ?? 0) : 0;
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
  // What the step's rows are drawn with, checked or not.
  const shared = {
    rows,
    frame: shownFrame,
    digits,
    reusedDeltas,
    reusedLabel: t.reused,
  };
  return (
    <>
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
      {paramTrace && <TraceControls trace={paramTrace} frame={frame} onQuiz={() => onQuiz(true)} />}
      {quiz && paramTrace && !presentation && (
        <Suspense fallback={null}>
          <QuizPanel network={network} param={paramTrace.param} onClose={() => onQuiz(false)} />
        </Suspense>
      )}
      {!presentation && checkable && (
        <div className="self-check-bar">
          <button type="button" aria-pressed={checking} onClick={() => onChecking(!checking)}>
            {t.checkYourself}
          </button>
          {checking && <span className="check-help">{t.checkHelp}</span>}
        </div>
      )}
      {checking && !presentation && checkable ? (
        <Suspense fallback={<EquationRows rows={rows} frame={shownFrame} digits={digits} />}>
          <CheckedRows
            key={asked ? JSON.stringify(asked) : 'none'}
            {...shared}
            network={network}
            target={asked}
            onAsk={onAsk}
            onStop={() => onAsk(null)}
          />
        </Suspense>
      ) : (
        <EquationRows {...shared} concealFrom={concealFrom} />
      )}
      {showExtra && extra && (
        <>
          <h3>{t.matrixOf(layer)}</h3>
          <EquationRows rows={extra.matrix} frame={shownFrame} digits={digits} inParts />
          <h3>{t.anyLayer}</h3>
          <EquationRows rows={extra.general} frame={shownFrame} digits={digits} inParts />
        </>
      )}
    </>
  );
});
