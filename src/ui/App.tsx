import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Preset, PresetSet } from '../content/presets.ts';
import { numberSlots } from '../derivation/slots.ts';
import { deriveNetwork, deriveParamTrace, withEdits } from '../state/derived.ts';
import type { Edits } from '../state/edits.ts';
import type { AtlasStore } from '../state/store.ts';
import { EquationsPanel } from './equations/EquationsPanel.tsx';
import { shownRows } from './equations/shownRows.ts';
import { GraphView } from './graph/GraphView.tsx';
import { Header } from './Header.tsx';
import { useChineseFont } from './hooks/useChineseFont.ts';
import { useKeys } from './hooks/useKeys.ts';
import { useMathFonts } from './hooks/useMathFonts.ts';
import { useNumberFormats } from './hooks/useNumberFormats.ts';
import { usePlayback } from './hooks/usePlayback.ts';
import { useReducedMotion } from './hooks/useReducedMotion.ts';
import { useSavedNetworks } from './hooks/useSavedNetworks.ts';
import { useTraceAnimation } from './hooks/useTraceAnimation.ts';
import { useUrlSync } from './hooks/useUrlSync.ts';
import { useWarmSteps } from './hooks/useWarmSteps.ts';
import { Notices } from './Notices.tsx';
import { PanelBoundary } from './PanelBoundary.tsx';
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
      <PanelBoundary panel="page">
        <Atlas presets={presets} store={store} />
      </PanelBoundary>
    </StoreProvider>
  );
}

function Atlas({ presets, store }: { presets: PresetSet; store: AtlasStore }) {
  const shown = useAtlas(
    useShallow((s) => ({
      netId: s.netId,
      step: s.step,
      param: s.param,
      frame: s.frame,
      edits: s.edits[s.netId],
    })),
  );
  const presentation = useAtlas((s) => s.presentation);
  const saved = useAtlas((s) => s.saved);
  const savedErrors = useAtlas((s) => s.savedErrors);
  const linked = useAtlas((s) => s.linked);
  const all = useMemo(
    () => [...presets.presets, ...saved, ...(linked ? [linked] : [])],
    [presets, saved, linked],
  );
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
  const view = viewOf(all, shown);
  const { edited, network } = view;
  const { steps } = network;
  const reducedMotion = useReducedMotion();

  const goToStep = useCallback(
    (i: number) => store.getState().goToStep(i, steps[i]?.param ?? null),
    [store, steps],
  );
  const onNetwork = useCallback((id: string) => store.getState().selectNetwork(id), [store]);
  useTraceAnimation(view.frames.length, reducedMotion);
  const traceDone = shown.frame >= view.frames.length;
  // Presentation's reveal style: the step's numbers, shown one per click.
  const revealing = useAtlas((s) => s.presentation && s.revealing);
  const revealed = useAtlas((s) => s.revealed);
  const revealTotal = useMemo(
    () => numberSlots(shownRows(view.step, view.paramTrace)).length,
    [view.step, view.paramTrace],
  );
  usePlayback(steps.length, traceDone, goToStep);
  useKeys(steps.length, goToStep, revealTotal);
  useUrlSync();
  useSavedNetworks();
  useWarmSteps(steps, shown.step, digits);
  useChineseFont(lang);
  useNumberFormats(lang);
  useMathFonts();
  const onExport = useCallback(
    async (kind: ExportKind) => {
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
    },
    [edited, lang, digits, steps],
  );
  const onBuild = useCallback(() => setBuilding(true), []);
  // What a step does not change is not drawn again when it changes (a key press's work).
  const top = useMemo(
    () => (
      <>
        <Notices contentErrors={[...presets.errors, ...savedErrors]} />
        <PanelBoundary panel="tools" resetKey={edited}>
          <Header presets={presets.presets} saved={saved} linked={linked} onNetwork={onNetwork}>
            <WorkTools current={edited} taken={taken} onBuild={onBuild} onExport={onExport} />
          </Header>
        </PanelBoundary>
      </>
    ),
    [presets, savedErrors, saved, linked, onNetwork, edited, taken, onBuild, onExport],
  );
  const reusedFor = useReusedDeltas(view.preset.spec.id, view.paramTrace, traceDone);
  const training = useMemo(
    () => (
      <PanelBoundary panel="training" resetKey={view.preset}>
        <TrainingPanel base={view.preset} current={view.network.spec} />
      </PanelBoundary>
    ),
    [view.preset, view.network.spec],
  );

  return (
    <div className={`app${presentation ? ' presentation' : ''}`}>
      {top}
      <main className="workspace">
        <PanelBoundary panel="graph" resetKey={view.preset} className="panel">
          <GraphView
            network={view.network}
            paramTrace={view.paramTrace}
            param={shown.param}
            frames={view.frames}
            frame={shown.frame}
            focus={view.step.focus}
            reducedMotion={reducedMotion}
            digits={digits}
          >
            {training}
          </GraphView>
        </PanelBoundary>
        {building ? (
          <div className="panel">
            <PanelBoundary panel="builder">
              <Suspense fallback={null}>
                <BuilderPanel
                  start={edited}
                  freeId={freeBuiltId}
                  onClose={() => setBuilding(false)}
                />
              </Suspense>
            </PanelBoundary>
          </div>
        ) : (
          <PanelBoundary panel="equations" resetKey={view.preset} className="panel">
            <EquationsPanel
              network={view.network}
              index={view.index}
              param={shown.param}
              frame={shown.frame}
              reducedMotion={reducedMotion}
              digits={digits}
              revealed={revealing ? revealed : undefined}
              reusedFor={reusedFor}
              traceDone={traceDone}
            />
          </PanelBoundary>
        )}
      </main>
      <PanelBoundary panel="stepper" resetKey={view.preset} className="stepper">
        <Stepper
          steps={steps}
          goToStep={goToStep}
          reveal={revealing ? { shown: Math.min(revealed, revealTotal), total: revealTotal } : null}
        />
      </PanelBoundary>
      {printing && (
        <PanelBoundary panel="handout">
          <Suspense fallback={null}>
            <PrintHandout
              title={edited.title[lang] ?? edited.spec.id}
              steps={steps}
              digits={digits}
              onDone={() => setPrinting(false)}
            />
          </Suspense>
        </PanelBoundary>
      )}
    </div>
  );
}

interface ViewState {
  netId: string;
  step: number;
  param: string | null;
  frame: number;
  edits: Edits | undefined;
}

/** The network, step and trace a view state shows (each derived once and cached). */
function viewOf(all: readonly Preset[], state: ViewState) {
  const preset = all.find((p) => p.spec.id === state.netId) ?? all[0];
  const edited = withEdits(preset, state.edits);
  const network = deriveNetwork(edited);
  const index = Math.min(state.step, network.steps.length - 1);
  const step = network.steps[index];
  const paramTrace = deriveParamTrace(network, state.param);
  // The animation in progress: a parameter's trace, or the step's own (a matrix filling up).
  const frames = paramTrace ? paramTrace.frames : (step.frames ?? []);
  return { preset, edited, network, index, step, paramTrace, frames };
}
