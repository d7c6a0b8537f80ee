import { memo, type ReactNode, useCallback, useId, useMemo, useRef } from 'react';
import { formatNumber } from '../../derivation/number.ts';
import type { ParamTrace } from '../../derivation/paramTrace.ts';
import type { TraceFrame } from '../../derivation/types.ts';
import { edgeEnds, edgeKey, keyOfEdge, nodeName, paramName } from '../../engine/names.ts';
import { nodeValue } from '../../engine/nodeValue.ts';
import type { DerivedNetwork } from '../../state/derived.ts';
import { editValue } from '../../state/edits.ts';
import { useAtlas, useAtlasStore } from '../store.tsx';
import { FRAME_MS } from '../theme.ts';
import { useContractNames, useStrings } from '../useStrings.ts';
import { BiasTab } from './BiasTab.tsx';
import { deltaText, EdgeLabels } from './EdgeLabel.tsx';
import { type EdgeState, EdgeView } from './EdgeView.tsx';
import { editAnchor, isSampleNumber } from './editAnchor.ts';
import { GraphLegend } from './GraphLegend.tsx';
import { GraphTools } from './GraphTools.tsx';
import { LABEL_SIZE, MAX_LABELLED_WEIGHTS } from './labelPlacement.ts';
import { nodeLabel } from './labels.ts';
import { layoutGraph, type PlacedEdge } from './layout.ts';
import { NodeView } from './NodeView.tsx';
import { NumberEditor } from './NumberEditor.tsx';
import { readableView } from './readableView.ts';
import { SampleTabs } from './SampleTabs.tsx';
import { useEditing } from './useEditing.ts';
import { useGraphFocus } from './useGraphFocus.ts';
import { useZoom } from './useZoom.ts';

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
  const keysHintId = useId();
  const lastUpdate = useAtlas((s) => s.lastUpdate);
  const t = useStrings();
  const names = useContractNames();
  const store = useAtlasStore();
  const expanded = useAtlas((s) => s.expanded);
  const showGradients = useAtlas((s) => s.showGradients);
  const hover = useAtlas((s) => s.hover);
  const speed = useAtlas((s) => s.speed);
  const { trace: tr, spec } = network;
  // Presentation's larger labels need more room between them.
  const presentation = useAtlas((s) => s.presentation);
  const labelSize = presentation ? LABEL_SIZE.presentation : LABEL_SIZE.normal;
  // Edits keep the graph (one object per shape): the layout and the labels' places stay.
  const layout = useMemo(
    () => layoutGraph(tr.graph, expanded, labelSize),
    [tr.graph, expanded, labelSize],
  );

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

  const svg = useRef<SVGSVGElement>(null);
  const layer = useRef<SVGGElement>(null);
  // One tab stop for the whole graph; the arrow keys move it.
  const {
    tabStop,
    tabIndexOf,
    onKeyDown: onGraphKey,
    onFocus: onGraphFocus,
  } = useGraphFocus(layout, spec, expanded, layer);
  const edgeIndex = useMemo(
    () => new Map(tr.graph.edges.map((g, i) => [keyOfEdge(g), i])),
    [tr.graph],
  );
  const traced = paramTrace?.subgraph;
  const spotlight = useAtlas((s) => s.spotlight);
  const lights = (lit: string | null, key: string, p?: string) =>
    lit === key || (p !== undefined && lit === edgeKey(edgeEnds(key)?.upper ?? '', p));
  const hoverLights = (key: string, p?: string) =>
    lights(hover, key, p) || lights(spotlight, key, p);
  const litNodes = new Set([
    ...[hover, spotlight].flatMap((key) => {
      const ends = key ? edgeEnds(key) : undefined;
      return ends ? [ends.upper, ends.lower] : [];
    }),
  ]);

  // On a narrow screen the graph starts zoomed to a readable size (readableView.ts).
  const start = useCallback(() => {
    const box = svg.current?.getBoundingClientRect();
    return box ? readableView(box.width, box.height, layout.width, layout.height) : null;
  }, [layout]);
  const fit = useZoom(svg, layer, start);
  const { editing, setEditing, onSelect, close: closeEditor } = useEditing(param, layer);
  // Stable handlers and labels, so that a node or an edge whose state did not change is not
  // drawn again (EdgeView and NodeView are memoized).
  const labels = useMemo(
    () => new Map(layout.nodes.map((n) => [n.name, nodeLabel(network.notation, n.name)])),
    [layout, network.notation],
  );
  const commit = (target: string, value: number) => store.getState().setEdit(target, value);
  const editorAt = editing ? editAnchor(editing, layout, expanded) : null;
  const onHover = useCallback((key: string | null) => store.getState().setHover(key), [store]);

  return (
    <section className="panel graph-panel" aria-label={names.graph}>
      <GraphTools fit={fit} />
      <div className="graph-canvas">
        <svg
          ref={svg}
          className="graph"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          preserveAspectRatio="xMidYMid meet"
        >
          <title>{t.graph}</title>
          {/* biome-ignore lint/a11y/noStaticElementInteractions: the arrow keys move focus between the graph's items, which carry their own roles */}
          <g
            ref={layer}
            onKeyDown={onGraphKey}
            onFocus={onGraphFocus}
            aria-describedby={keysHintId}
          >
            {layout.edges.map((e) => {
              const l = lit.get(e.key);
              const g = e.param ? entry(tr.gradWeights, e) : undefined;
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
              };
              const w = e.param ? entry(spec.weights, e) : undefined;
              const delta = e.param ? lastUpdate?.[e.param] : undefined;
              const name =
                e.param && w !== undefined
                  ? // In the order the edge shows them (WCAG label-in-name): value, then Δ.
                    `${t.weight} ${e.param} = ${formatNumber(w, digits)}${delta !== undefined ? ` ${deltaText(delta)}` : ''}${showGradients && g !== undefined ? `, ∂J/∂w = ${formatNumber(g, digits)}` : ''}`
                  : t.edgeName(
                      e.from,
                      e.to,
                      formatNumber(
                        tr.samples[0].edgeDerivatives[edgeIndex.get(e.key) ?? 0],
                        digits,
                      ),
                    );
              return (
                <EdgeView
                  key={e.key}
                  edge={e}
                  state={state}
                  name={name}
                  tabIndex={tabIndexOf(`edge:${e.key}`)}
                  animate={!reducedMotion}
                  durationMs={(FRAME_MS * 0.8) / speed}
                  onHover={onHover}
                  onSelect={e.param ? onSelect : undefined}
                />
              );
            })}
            <EdgeLabels
              edges={layout.edges}
              weightOf={(e) => entry(spec.weights, e)}
              shown={(e) =>
                (labelAll && !e.labelCrowded) || hoverLights(e.key, e.param) || e.param === param
              }
              digits={digits}
              lastUpdate={lastUpdate}
            />
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
                  label={labels.get(n.name) ?? { base: n.name }}
                  traced={isTraced}
                  lit={litNodes.has(n.name) || (!expanded && litNodes.has(zName))}
                  focus={focus.includes(n.name)}
                  digits={digits}
                  name={`${t.nodeKind[n.kind]} ${n.name} = ${formatNumber(nodeValue(tr, n.name), digits)}`}
                  tabIndex={tabIndexOf(`node:${n.name}`)}
                />
              );
            })}
            {spec.biases?.map((b, i) =>
              b.map((v, j) => {
                const p = paramName({ kind: 'bias', layer: i + 1, row: j });
                const unit = layout.byName.get((expanded ? nodeName.z : nodeName.a)(i + 1, j));
                if (!unit) return null;
                return (
                  <BiasTab
                    key={p}
                    param={p}
                    x={unit.x}
                    y={unit.y}
                    radius={layout.radius}
                    value={v}
                    name={`${t.bias} ${p} = ${formatNumber(v, digits)}`}
                    selected={p === param}
                    traced={traced?.edges.has(edgeKey(nodeName.z(i + 1, j), p)) ?? false}
                    digits={digits}
                    tabIndex={tabIndexOf(`bias:${p}`)}
                    onSelect={onSelect}
                  />
                );
              }),
            )}
            <SampleTabs
              layout={layout}
              spec={spec}
              editing={editing}
              onEdit={setEditing}
              digits={digits}
              tabStop={tabStop}
            />
            {/* Last, so that nothing in the graph is drawn over it. */}
            {editing && editorAt && (
              <NumberEditor
                key={editing}
                target={editing}
                value={editValue(spec, editing)}
                x={editorAt.x}
                y={editorAt.y}
                autoFocus={isSampleNumber(editing)}
                onCommit={(v) => commit(editing, v)}
                onClose={() => closeEditor(editing)}
              />
            )}
          </g>
        </svg>
      </div>
      <p id={keysHintId} className="visually-hidden">
        {t.graphKeys}
      </p>
      {children}
      <GraphLegend showGradients={showGradients} />
    </section>
  );
});

/** A weight edge's entry of a matrix shaped like the weights (the weights, their gradients). */
function entry(m: readonly (readonly (readonly number[])[])[], e: PlacedEdge): number {
  return m[e.layer - 1][e.toIndex][e.fromIndex];
}
