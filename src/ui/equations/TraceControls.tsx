import type { ParamTrace } from '../../derivation/paramTrace.ts';
import { useAtlas, useAtlasStore } from '../store.tsx';
import { useStrings } from '../useStrings.ts';

/** Replay and hold for the path-tracing animation, and the cost of paths against backprop. */
export function TraceControls({
  trace,
  frame,
  onQuiz,
}: {
  trace: ParamTrace;
  frame: number;
  onQuiz(): void;
}) {
  const t = useStrings();
  const store = useAtlasStore();
  const held = useAtlas((s) => s.held);
  const done = frame >= trace.frames.length;
  const { cost } = trace;
  return (
    <div className="trace-controls">
      <div className="trace-buttons">
        <strong>{t.tracing(trace.param)}</strong>
        <progress max={trace.frames.length} value={frame} aria-label={t.tracing(trace.param)} />
        <button type="button" onClick={() => store.getState().replay()}>
          {t.replay}
        </button>
        <button type="button" disabled={done} onClick={() => store.getState().setHeld(!held)}>
          {held ? t.resume : t.hold}
        </button>
        <button type="button" onClick={() => store.getState().selectParam(null)}>
          {t.clearSelection}
        </button>
        <button type="button" className="quiz-start" onClick={onQuiz}>
          {t.quizStart}
        </button>
      </div>
      <p className="cost">
        {t.pathCost(cost.pathsPerSample, cost.samples, cost.pathMultiplications)}{' '}
        {t.allPathCost(cost.allPathMultiplications, cost.backpropMultiplications)}
      </p>
    </div>
  );
}
