import type { Step } from '../derivation/types.ts';
import { Icon } from './Icon.tsx';
import { useAtlas, useAtlasStore } from './store.tsx';
import { SPEEDS } from './theme.ts';
import { useContractNames, useStrings } from './useStrings.ts';

interface Props {
  steps: Step[];
  goToStep(i: number): void;
  /** Presentation's reveal style: how many of the step's numbers are shown. */
  reveal: { shown: number; total: number } | null;
}

/** Previous / play / next, speed, a timeline to scrub, and the status line read to screen readers. */
export function Stepper({ steps, goToStep, reveal }: Props) {
  const t = useStrings();
  const names = useContractNames();
  const store = useAtlasStore();
  const step = useAtlas((s) => s.step);
  const playing = useAtlas((s) => s.playing);
  const speed = useAtlas((s) => s.speed);
  const digits = useAtlas((s) => s.digits);
  const lang = useAtlas((s) => s.lang);
  const current = steps[step];
  // Each chapter is labelled once, at its first step, even if a preset comes back to it.
  const chapterStarts = steps
    .map((s, i) => (steps.findIndex((o) => o.chapter === s.chapter) === i ? i : -1))
    .filter((i) => i >= 0);
  return (
    <nav className="stepper" aria-label={t.timeline}>
      <div className="stepper-controls">
        {/* Icons, not words: the names are ui-contract.md's English ones in both languages, and
            a word in another language beside them would break WCAG's label-in-name. */}
        <button
          type="button"
          className="icon-button"
          aria-label={names.previous}
          title={`${t.previous} (←)`}
          onClick={() => goToStep(Math.max(0, step - 1))}
        >
          <Icon name="previous" />
        </button>
        <button
          type="button"
          className="icon-button play"
          aria-label={playing ? names.pause : names.play}
          title={`${playing ? t.pause : t.play} (${t.spaceKey})`}
          onClick={() => store.getState().setPlaying(!playing)}
        >
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={names.next}
          title={`${t.next} (→)`}
          onClick={() => goToStep(Math.min(steps.length - 1, step + 1))}
        >
          <Icon name="next" />
        </button>
        <label className="speed">
          {t.speed}{' '}
          <select value={speed} onChange={(e) => store.getState().setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <label className="speed">
          {t.digits}{' '}
          <select
            value={digits}
            onChange={(e) => store.getState().setDigits(Number(e.target.value))}
          >
            {[3, 4, 5, 6, 8, 10].map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <p className="status" role="status" aria-live="polite" data-step={current.id}>
          {t.stepStatus(step + 1, steps.length, current.title[lang])}
          {/* The step's narration is read with it; on screen it is in the equations panel. */}
          <span className="visually-hidden"> {current.narration[lang]}</span>
        </p>
        {reveal && reveal.total > 0 && (
          <p className="reveal-progress" aria-live="polite">
            {t.revealProgress(reveal.shown, reveal.total)}
          </p>
        )}
      </div>
      <div className="timeline">
        <input
          type="range"
          min={1}
          max={steps.length}
          value={step + 1}
          aria-label={t.timeline}
          aria-valuetext={t.stepStatus(step + 1, steps.length, current.title[lang])}
          onChange={(e) => goToStep(Number(e.target.value) - 1)}
        />
        <ol className="chapters">
          {chapterStarts.map((i) => (
            <li
              key={i}
              style={{ left: `${(i / Math.max(1, steps.length - 1)) * 100}%` }}
              className={steps[i].chapter === current.chapter ? 'current' : ''}
            >
              {t.chapters[steps[i].chapter]}
            </li>
          ))}
        </ol>
      </div>
    </nav>
  );
}
