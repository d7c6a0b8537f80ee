import { useMemo } from 'react';
import { generalRows, matrixRows } from '../../derivation/layerForms.ts';
import type { ParamTrace } from '../../derivation/paramTrace.ts';
import type { Step } from '../../derivation/types.ts';
import { CONTRACT_NAMES } from '../../i18n/strings.ts';
import type { DerivedNetwork } from '../../state/derived.ts';
import { useAtlas } from '../store.tsx';
import { useStrings } from '../useStrings.ts';
import { EquationRows } from './EquationRows.tsx';
import { TraceControls } from './TraceControls.tsx';

interface Props {
  network: DerivedNetwork;
  step: Step;
  paramTrace: ParamTrace | null;
  reusedDeltas: ReadonlySet<string>;
  digits: number;
}

/** The current step's words and equations; with a parameter selected, its whole trace. */
export function EquationsPanel({ network, step, paramTrace, reusedDeltas, digits }: Props) {
  const t = useStrings();
  const lang = useAtlas((s) => s.lang);
  const frame = useAtlas((s) => s.frame);
  const rows =
    paramTrace && paramTrace.param !== step.param ? paramTrace.equations : step.equations;
  const layer = paramTrace ? Number(/^[Wb](\d+)/.exec(paramTrace.param)?.[1]) : 0;
  const extra = useMemo(
    () =>
      layer
        ? {
            matrix: matrixRows(network.trace, layer),
            general: generalRows(network.spec.activations.includes('softmax')),
          }
        : null,
    [network, layer],
  );
  const shownFrame = paramTrace ? frame : Number.POSITIVE_INFINITY;
  const done = !paramTrace || frame >= paramTrace.frames.length;
  return (
    <section className="panel equations-panel" aria-label={CONTRACT_NAMES.equations}>
      <header>
        <h2>{step.title[lang]}</h2>
        <p className="narration">{step.narration[lang]}</p>
      </header>
      {paramTrace && <TraceControls trace={paramTrace} />}
      <EquationRows
        rows={rows}
        frame={shownFrame}
        digits={digits}
        reusedDeltas={reusedDeltas}
        reusedLabel={t.reused}
      />
      {extra && done && step.chapter !== 'update' && (
        <>
          <h3>{t.matrixOf(layer)}</h3>
          <EquationRows rows={extra.matrix} frame={shownFrame} digits={digits} />
          <h3>{t.anyLayer}</h3>
          <EquationRows rows={extra.general} frame={shownFrame} digits={digits} />
        </>
      )}
    </section>
  );
}
