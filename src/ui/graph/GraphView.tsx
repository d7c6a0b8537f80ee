import { Fragment, memo, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { formatNumber } from '../../derivation/number.ts';
import type { ParamTrace } from '../../derivation/paramTrace.ts';
import type { TraceFrame } from '../../derivation/types.ts';
import { CONTRACT_NAMES } from '../../i18n/strings.ts';
import type { DerivedNetwork } from '../../state/derived.ts';
import { useAtlas, useAtlasStore } from '../store.tsx';
import { FRAME_MS } from '../theme.ts';
import { useStrings } from '../useStrings.ts';
import { BiasTab } from './BiasTab.tsx';
import { type EdgeState, EdgeView } from './EdgeView.tsx';
import { GraphLegend } from './GraphLegend.tsx';
import { nodeLabel } from './labels.ts';
import { layoutGraph } from './layout.ts';
import { motion } from './loadMotion.ts';
import type { Zoom } from './motion.ts';
import { NodeView } from './NodeView.tsx';
import { NumberEditor } from './NumberEditor.tsx';
import { nodeValue } from './nodeValues.ts';
import { SampleTabs } from './SampleTabs.tsx';

/** Weight labels are drawn on every edge up to this many weights; above it, on demand. */
const MAX_LABELLED_WEIGHTS = 24;

interface Props {
  network: DerivedNetwork;
  paramTrace: ParamTrace | null;
  /** The selected parameter. */
  param: string | null;
  /** The animation in progress (a parameter's trace, or a step's own), and how far it is. */
  frames: readonly TraceFrame[];
  frame: number;
  focus: string[];
  reducedMotion: boolean;
  digits: number;
  /** Shown under the graph (the training panel). */
  children?: ReactNode;
}

export const GraphView = memo(function GraphView({
  network,
  paramTrace,
  param,
  frames,
  frame,
  focus,
  reducedMotion,
  digits,
  children,
}: Props) {
  const lastUpdate = useAtlas((s) => s.lastUpdate);
  const t = useStrings();
  const store = useAtlasStore();
  const expanded = useAtlas((s) => s.expanded);
  const showGradients = useAtlas((s) => s.showGradients);
  const hover = useAtlas((s) => s.hover);
  const speed = useAtlas((s) => s.speed);
  const { trace: tr, spec } = network;
  const layout = useMemo(() => layoutGraph(tr.graph, expanded), [tr, expanded]);

  // Which frame lit each edge, and in which colour.
  const lit = useMemo(() => {
    const m = new Map<string, { color: number; at: number }>();
    frames.slice(0, frame).forEach((f, i) => {
      for (const key of f.keys) m.set(key, { color: f.color, at: i + 1 });
    });
    return m;
  }, [frames, frame]);
  // Stroke width grows with the square root of |∂J/∂w|, from 1 to 7 at the largest.
  const width = useMemo(() => {
    const largest = Math.max(...tr.gradWeights.flat(2).map(Math.abs), 1e-12);
    return (g: number) => 1 + 6 * Math.sqrt(Math.min(g / largest, 1));
  }, [tr]);
  const labelAll = spec.weights.flat(2).length <= MAX_LABELLED_WEIGHTS;
  const traced = paramTrace?.subgraph;
  const hoverLights = (key: string, p?: string) =>
    hover === key || (p !== undefined && hover === `${key.split('<')[0]}<${p}`);
  const litNodes = new Set(hover ? hover.split('<') : []);

  const svg = useRef<SVGSVGElement>(null);
  const layer = useRef<SVGGElement>(null);
  const zoomer = useRef<Zoom | null>(null);
  useEffect(() => {
    let cancelled = false;
    void motion.then((m) => {
      if (!cancelled && svg.current && layer.current)
        zoomer.current = m.attachZoom(svg.current, layer.current);
    });
    return () => {
      cancelled = true;
      zoomer.current?.detach();
      zoomer.current = null;
    };
  }, []);
  const fit = () => zoomer.current?.fit();
  const onSelect = (p: string) => store.getState().selectParam(p === param ? null : p);
  // The number being edited where it is shown: the selected parameter, or an input or target.
  const [editing, setEditing] = useState<string | null>(null);
  useEffect(() => setEditing(param), [param]);
  const commit = (target: string, value: number) => store.getState().setEdit(target, value);
  const hasEdits = useAtlas((s) => Object.keys(s.edits[s.netId] ?? {}).length > 0);
  const onHover = (key: string | null) => store.getState().setHover(key);

  return (
    <section className="panel graph-panel" aria-label={CONTRACT_NAMES.graph}>
      <div className="graph-tools">
        <label>
          <input
            type="checkbox"
            checked={expanded}
            onChange={(e) => store.getState().setExpanded(e.target.checked)}
          />{' '}
          {t.expanded}
        </label>
        <label>
          <input
            type="checkbox"
            checked={showGradients}
            onChange={(e) => store.getState().setShowGradients(e.target.checked)}
          />{' '}
          {t.gradients}
        </label>
        {hasEdits && (
          <button type="button" onClick={() => store.getState().resetEdits()}>
            {t.resetNumbers}
          </button>
        )}
        <button type="button" onClick={fit} title={t.zoomHint}>
          {t.zoomReset}
        </button>
      </div>
      <svg
        ref={svg}
        className="graph"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title>{t.graph}</title>
        <g ref={layer}>
          {layout.edges.map((e) => {
            const l = lit.get(e.key);
            const g = e.param ? tr.gradWeights[e.layer - 1][e.toIndex][e.fromIndex] : undefined;
            const state: EdgeState = {
              traced: traced?.edges.has(e.key) ?? false,
              color: l?.color ?? null,
              litAt: l?.at ?? null,
              hovered: hoverLights(e.key, e.param),
              selected: e.param !== undefined && e.param === param,
              gradient:
                showGradients && g !== undefined
                  ? { width: width(Math.abs(g)), sign: Math.sign(g) }
                  : null,
              showLabel: labelAll || hoverLights(e.key, e.param) || e.param === param,
            };
            const w = e.param ? spec.weights[e.layer - 1][e.toIndex][e.fromIndex] : undefined;
            const name =
              e.param && w !== undefined
                ? `${t.weight} ${e.param} = ${formatNumber(w, 6)}${showGradients && g !== undefined ? `, ∂J/∂w = ${formatNumber(g, 6)}` : ''}`
                : undefined;
            return (
              <Fragment key={e.key}>
                <EdgeView
                  edge={e}
                  state={state}
                  weight={w}
                  name={name}
                  digits={digits}
                  animate={!reducedMotion}
                  durationMs={(FRAME_MS * 0.8) / speed}
                  onHover={onHover}
                  onSelect={e.param ? onSelect : undefined}
                  delta={e.param ? lastUpdate?.[e.param] : undefined}
                />
                {e.param && e.param === editing && w !== undefined && (
                  <NumberEditor
                    target={e.param}
                    value={w}
                    x={e.labelX}
                    y={e.labelY - 30}
                    onCommit={(v) => commit(e.param as string, v)}
                    onClose={() => setEditing(null)}
                  />
                )}
              </Fragment>
            );
          })}
          {layout.nodes.map((n) => {
            const zName = n.name.replace(/^a(\d+)/, 'z$1');
            const isTraced = traced
              ? traced.nodes.has(n.name) || (!expanded && traced.nodes.has(zName))
              : false;
            return (
              <NodeView
                key={n.name}
                node={n}
                radius={layout.radius}
                value={nodeValue(tr, n.name)}
                label={nodeLabel(network.notation, n.name)}
                traced={isTraced}
                lit={litNodes.has(n.name) || (!expanded && litNodes.has(zName))}
                focus={focus.includes(n.name)}
                digits={digits}
              />
            );
          })}
          {spec.biases?.map((b, i) =>
            b.map((v, j) => {
              const p = `b${i + 1}[${j}]`;
              const unit = layout.byName.get(expanded ? `z${i + 1}[${j}]` : `a${i + 1}[${j}]`);
              if (!unit) return null;
              return (
                <Fragment key={p}>
                  <BiasTab
                    param={p}
                    x={unit.x}
                    y={unit.y}
                    radius={layout.radius}
                    value={v}
                    name={`${t.bias} ${p} = ${formatNumber(v, 6)}`}
                    selected={p === param}
                    traced={traced?.edges.has(`z${i + 1}[${j}]<${p}`) ?? false}
                    digits={digits}
                    onSelect={onSelect}
                  />
                  {p === editing && (
                    <NumberEditor
                      target={p}
                      value={v}
                      x={unit.x}
                      y={unit.y - layout.radius - 48}
                      onCommit={(value) => commit(p, value)}
                      onClose={() => setEditing(null)}
                    />
                  )}
                </Fragment>
              );
            }),
          )}
          <SampleTabs
            layout={layout}
            spec={spec}
            editing={editing}
            onEdit={setEditing}
            onCommit={commit}
            digits={digits}
          />
        </g>
      </svg>
      {children}
      <GraphLegend showGradients={showGradients} />
    </section>
  );
});
