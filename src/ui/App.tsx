import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { PresetSet } from '../content/presets.ts';
import { deriveNetwork, deriveParamTrace, withEdits } from '../state/derived.ts';
import type { AtlasStore } from '../state/store.ts';
import { EquationsPanel } from './equations/EquationsPanel.tsx';
import { GraphView } from './graph/GraphView.tsx';
import { Header } from './Header.tsx';
import { useKeys } from './hooks/useKeys.ts';
import { usePlayback } from './hooks/usePlayback.ts';
import { useReducedMotion } from './hooks/useReducedMotion.ts';
import { useSavedNetworks } from './hooks/useSavedNetworks.ts';
import { useTraceAnimation } from './hooks/useTraceAnimation.ts';
import { useUrlSync } from './hooks/useUrlSync.ts';
import { useWarmNeighbours } from './hooks/useWarmNeighbours.ts';
import { Notices } from './Notices.tsx';
import { Stepper } from './Stepper.tsx';
import { StoreProvider, useAtlas } from './store.tsx';
import { TrainingPanel } from './training/TrainingPanel.tsx';
import { useReusedDeltas } from './useReusedDeltas.ts';
import { type ExportKind, WorkTools } from './WorkTools.tsx';

// What the first paint does not need is loaded when first asked for.
const BuilderPanel = lazy(() =>
  import('./builder/BuilderPanel.tsx').then((m) => ({ default: m.BuilderPanel })),
);
const PrintHandout = lazy(() =>
  import('./PrintHandout.tsx').then((m) => ({ default: m.PrintHandout })),
);

export function App({ store, presets }: { store: AtlasStore; presets: PresetSet }) {
  return (
    <StoreProvider store={store}>
      <Atlas presets={presets} store={store} />
    </StoreProvider>
  );
}

function Atlas({ presets, store }: { presets: PresetSet; store: AtlasStore }) {
  const netId = useAtlas((s) => s.netId);
  const stepIndex = useAtlas((s) => s.step);
  const param = useAtlas((s) => s.param);
  const frame = useAtlas((s) => s.frame);
  const presentation = useAtlas((s) => s.presentation);
  const saved = useAtlas((s) => s.saved);
  const savedErrors = useAtlas((s) => s.savedErrors);
  const all = useMemo(() => [...presets.presets, ...saved], [presets, saved]);
  const preset = all.find((p) => p.spec.id === netId) ?? all[0];
  const [building, setBuilding] = useState(false);
  const [printing, setPrinting] = useState(false);
  const lang = useAtlas((s) => s.lang);
  const digits = useAtlas((s) => s.digits);
  const taken = useMemo(() => new Set(all.map((p) => p.spec.id)), [all]);
  const freeBuiltId = useMemo(() => {
    for (let i = 1; ; i++)
      if (!taken.has(i === 1 ? 'my-network' : `my-network-${i}`))
        return i === 1 ? 'my-network' : `my-network-${i}`;
  }, [taken]);
  const edits = useAtlas((s) => s.edits[s.netId]);
  const edited = useMemo(() => withEdits(preset, edits), [preset, edits]);
  const network = useMemo(() => deriveNetwork(edited), [edited]);
  const { steps } = network;
  const step = steps[Math.min(stepIndex, steps.length - 1)];
  const paramTrace = deriveParamTrace(network, param);
  // The animation in progress: a parameter's trace, or the step's own (a matrix filling up).
  const frames = paramTrace ? paramTrace.frames : (step.frames ?? []);
  const reducedMotion = useReducedMotion();
  const traceDone = frame >= frames.length;

  const goToStep = useCallback(
    (i: number) => store.getState().goToStep(i, steps[i]?.param ?? null),
    [store, steps],
  );
  const onNetwork = useCallback((id: string) => store.getState().selectNetwork(id), [store]);
  useTraceAnimation(frames.length, reducedMotion);
  usePlayback(steps.length, traceDone, goToStep);
  useKeys(steps.length, goToStep);
  useUrlSync();
  useSavedNetworks();
  useWarmNeighbours(steps, stepIndex, digits);
  const onExport = async (kind: ExportKind) => {
    if (kind === 'print') return setPrinting(true);
    const { runExport } = await import('./runExport.ts');
    await runExport(kind, {
      id: edited.spec.id,
      title: edited.title[lang] ?? edited.title.en ?? edited.spec.id,
      lang,
      digits,
      steps,
      svg: document.querySelector<SVGSVGElement>('.graph-panel svg.graph'),
    });
  };
  const reused = useReusedDeltas(preset.spec.id, paramTrace, traceDone);

  return (
    <div className={`app${presentation ? ' presentation' : ''}`}>
      <Notices contentErrors={[...presets.errors, ...savedErrors]} />
      <Header presets={presets.presets} saved={saved} onNetwork={onNetwork}>
        <WorkTools
          current={edited}
          taken={taken}
          onBuild={() => setBuilding(true)}
          onExport={onExport}
        />
      </Header>
      <main className="workspace">
        <GraphView
          network={network}
          paramTrace={paramTrace}
          frames={frames}
          focus={step.focus}
          reducedMotion={reducedMotion}
          digits={digits}
        >
          <TrainingPanel base={preset} current={network.spec} />
        </GraphView>
        {building ? (
          <div className="panel">
            <Suspense fallback={null}>
              <BuilderPanel
                start={edited}
                freeId={freeBuiltId}
                onClose={() => setBuilding(false)}
              />
            </Suspense>
          </div>
        ) : (
          <EquationsPanel
            network={network}
            step={step}
            paramTrace={paramTrace}
            animated={frames.length > 0}
            reusedDeltas={reused}
            digits={digits}
          />
        )}
      </main>
      <Stepper steps={steps} goToStep={goToStep} />
      {printing && (
        <Suspense fallback={null}>
          <PrintHandout
            title={edited.title[lang] ?? edited.spec.id}
            steps={steps}
            digits={digits}
            onDone={() => setPrinting(false)}
          />
        </Suspense>
      )}
    </div>
  );
}
