import { useState, useSyncExternalStore } from 'react';
import type { Preset } from '../../content/presets.ts';
import { formatNumber } from '../../derivation/number.ts';
import type { Divergence } from '../../engine/divergence.ts';
import type { NetworkSpec } from '../../engine/spec.ts';
import type { Strings } from '../../i18n/strings.ts';
import { parseWhole } from '../../state/decimal.ts';
import { parseEditValue } from '../../state/edits.ts';
import { LossCurve } from '../figures/lazyFigures.tsx';
import { useAtlas } from '../store.tsx';
import { useStrings } from '../useStrings.ts';
import { type Mode, useTrainer } from './useTrainer.ts';

/** Train the network shown: one step, or a run that can be paused; its loss curve grows as it goes. */
export function TrainingPanel({ base, current }: { base: Preset; current: NetworkSpec }) {
  const t = useStrings();
  const lang = useAtlas((s) => s.lang);
  const [rateText, setRateText] = useState(String(base.learningRate ?? 0.5));
  const [stepsText, setStepsText] = useState('1000');
  const [mode, setMode] = useState<Mode>('standard');
  const rate = parseEditValue(rateText);
  const steps = parseWhole(stepsText) ?? Number.NaN;
  const rateOk = !('error' in rate) && rate.value > 0;
  const stepsOk = Number.isInteger(steps) && steps >= 1 && steps <= 100_000;
  const trainer = useTrainer(base, current, rateOk && !('error' in rate) ? rate.value : 0.5, mode);
  const losses = trainer.losses;
  // Drawn again when the history changes (once per slice of a run), never copied.
  useSyncExternalStore(losses.subscribe, losses.getVersion);
  return (
    <details className="training">
      <summary>{t.trainTitle}</summary>
      <div className="training-controls">
        <label>
          η{' '}
          <input
            value={rateText}
            onChange={(e) => setRateText(e.target.value)}
            aria-label={t.learningRate}
            aria-invalid={!rateOk || undefined}
            inputMode="decimal"
            size={6}
          />
        </label>
        <label>
          {t.stepsLabel}{' '}
          <input
            value={stepsText}
            onChange={(e) => setStepsText(e.target.value)}
            aria-label={t.stepsLabel}
            aria-invalid={!stepsOk || undefined}
            inputMode="numeric"
            size={7}
          />
        </label>
        <label>
          {t.updateMode}{' '}
          <select
            value={mode}
            onChange={(e) => setMode(e.target.value as Mode)}
            aria-label={t.updateMode}
          >
            <option value="standard">{t.modeStandard}</option>
            <option value="layer-by-layer">{t.modeLayerByLayer}</option>
          </select>
        </label>
        <button type="button" onClick={trainer.step} disabled={!rateOk || trainer.running}>
          {t.oneStep}
        </button>
        {trainer.running ? (
          <button type="button" onClick={trainer.pause}>
            {t.holdTraining}
          </button>
        ) : (
          <button type="button" onClick={() => trainer.run(steps)} disabled={!rateOk || !stepsOk}>
            {t.runTraining}
          </button>
        )}
      </div>
      {!rateOk && (
        <p role="alert" className="edit-error">
          {t.badRate}
        </p>
      )}
      {!stepsOk && (
        <p role="alert" className="edit-error">
          {t.badSteps}
        </p>
      )}
      {trainer.stopped && (
        <p role="alert" className="edit-error training-stopped">
          {stoppedMessage(t, trainer.stopped)}
        </p>
      )}
      <p className="mode-note">
        {mode === 'standard' ? t.modeStandardNote : t.modeLayerByLayerNote}
      </p>
      {trainer.running && (
        <progress max={trainer.target} value={trainer.done} aria-label={t.trainTitle} />
      )}
      {losses.length > 1 && (
        <div className="training-curve" data-steps={losses.length - 1} lang={lang}>
          <LossCurve values={losses.view()} />
        </div>
      )}
    </details>
  );
}

function stoppedMessage(t: Strings, d: Divergence): string {
  return d.kind === 'overflow'
    ? t.trainingOverflow(d.step, formatNumber(d.loss))
    : t.trainingExploded(d.step, formatNumber(d.start, 3), formatNumber(d.loss, 3));
}
