/**
 * The part of the graph a parameter's paths run through: every node and edge on some path
 * from the loss down to the parameter. Found by walking forward from the unit the parameter
 * feeds, since everything downstream of it reaches the loss; no path is listed.
 */

import type { NetworkGraph } from '../engine/graph.ts';
import { edgeKey, keyOfEdge, nodeName, type ParamRef, paramName } from '../engine/names.ts';
import type { FactorKey } from './types.ts';

export interface Subgraph {
  nodes: Set<string>;
  /** Graph edges as `${to}<${from}` keys, plus the parameter's own key `${z}<${param}`. */
  edges: Set<FactorKey>;
  /** Edges grouped by distance from the loss (0 = error edges), for wave-by-wave animation. */
  waves: FactorKey[][];
}

export function subgraphTo(graph: NetworkGraph, p: ParamRef): Subgraph {
  const start = nodeName.z(p.layer, p.row);
  const out = new Map<string, { from: string; to: string }[]>();
  for (const e of graph.edges) out.set(e.from, [...(out.get(e.from) ?? []), e]);
  const nodes = new Set<string>([start]);
  const edges = new Set<FactorKey>();
  const queue = [start];
  while (queue.length > 0) {
    const n = queue.shift() as string;
    for (const e of out.get(n) ?? []) {
      edges.add(keyOfEdge(e));
      if (!nodes.has(e.to)) {
        nodes.add(e.to);
        queue.push(e.to);
      }
    }
  }
  if (p.kind === 'weight') {
    nodes.add(nodeName.activation(p.layer - 1, p.col));
    edges.add(edgeKey(start, nodeName.activation(p.layer - 1, p.col)));
  }
  edges.add(edgeKey(start, paramName(p)));
  return { nodes, edges, waves: wavesOf(graph, edges) };
}

/** Groups edges by the distance of their factor from the loss. */
function wavesOf(graph: NetworkGraph, keys: Set<FactorKey>): FactorKey[][] {
  const depth = new Map<string, number>([['E', 0]]);
  const waves: FactorKey[][] = [];
  // Graph edges come in forward order, so walking them backwards visits heads before tails.
  for (let i = graph.edges.length - 1; i >= 0; i--) {
    const e = graph.edges[i];
    const key = keyOfEdge(e);
    if (!keys.has(key)) continue;
    const d = depth.get(e.to) ?? 0;
    depth.set(e.from, Math.max(depth.get(e.from) ?? 0, d + 1));
    if (!waves[d]) waves[d] = [];
    waves[d].push(key);
  }
  // ∂E/∂a_k spans E ← e_k and e_k ← a_k, so those two waves are one: wave i then holds the
  // edges of the factors at distance i from the loss, and takes colour slot i.
  const [loss = [], error = [], ...rest] = waves;
  return [[...loss, ...error], ...rest].filter((w) => w.length > 0);
}
