/**
 * The computational graph the app draws (seed 003's expanded form): inputs x, separate z and a
 * nodes per unit, one error node e_k per output, and the total loss E. Names follow
 * shared/spec/ui-contract.md. The structure depends only on the layer sizes and on which
 * layers are softmax; the numbers on it live in a Trace.
 */

import { nodeName, paramName } from './names.ts';
import type { Activation } from './spec.ts';

export type NodeKind = 'input' | 'z' | 'a' | 'error' | 'loss';

export interface GraphNode {
  name: string;
  kind: NodeKind;
  /** 0 for inputs, 1…L for z and a, L + 1 for error nodes and E. */
  layer: number;
  /** Unit index j (0-based) within its layer; 0 for E. */
  index: number;
}

/**
 * An edge in the forward direction, from → to. Its local derivative is ∂to/∂from:
 * - `weight`: a⁽ˡ⁻¹⁾_k → z⁽ˡ⁾_j, ∂z_j/∂a_k = W⁽ˡ⁾_jk;
 * - `activation`: z⁽ˡ⁾_j → a⁽ˡ⁾_i, ∂a_i/∂z_j (i ≠ j only in a softmax layer);
 * - `error`: a⁽ᴸ⁾_k → e_k, ∂e_k/∂a_k = ∂J_b/∂a⁽ᴸ⁾_k;
 * - `loss`: e_k → E, ∂E/∂e_k = 1.
 */
export interface GraphEdge {
  from: string;
  to: string;
  kind: 'weight' | 'activation' | 'error' | 'loss';
  /** Layer of the edge's head (`to`), as in GraphNode. */
  layer: number;
  /** Index of `to` within its layer. */
  toIndex: number;
  /** Index of `from` within its layer. */
  fromIndex: number;
  /** For weight edges, the parameter on the edge, `W{l}[j][k]`. */
  param?: string;
}

export interface NetworkGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const built = new Map<string, NetworkGraph>();

/**
 * The nodes and edges for layer sizes n₀…n_L and activations f₁…f_L. Networks of one shape share
 * one graph object (never changed once built), so that an edited network's trace keeps the graph
 * of the network it came from and what is drawn from the graph alone need not be redone.
 */
export function networkGraph(
  layers: readonly number[],
  activations: readonly Activation[],
): NetworkGraph {
  const key = `${layers.join(',')}|${activations.map((f) => (f === 'softmax' ? 's' : '-')).join('')}`;
  let graph = built.get(key);
  if (!graph) {
    if (built.size > 200) built.clear();
    graph = buildGraph(layers, activations);
    built.set(key, graph);
  }
  return graph;
}

function buildGraph(layers: readonly number[], activations: readonly Activation[]): NetworkGraph {
  const L = layers.length - 1;
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (let k = 0; k < layers[0]; k++)
    nodes.push({ name: nodeName.x(k), kind: 'input', layer: 0, index: k });
  for (let l = 1; l <= L; l++) {
    const n = layers[l];
    for (let j = 0; j < n; j++) {
      nodes.push({ name: nodeName.z(l, j), kind: 'z', layer: l, index: j });
      for (let k = 0; k < layers[l - 1]; k++) {
        const param = paramName({ kind: 'weight', layer: l, row: j, col: k });
        edges.push({
          from: nodeName.activation(l - 1, k),
          to: nodeName.z(l, j),
          kind: 'weight',
          layer: l,
          toIndex: j,
          fromIndex: k,
          param,
        });
      }
    }
    for (let i = 0; i < n; i++) {
      nodes.push({ name: nodeName.a(l, i), kind: 'a', layer: l, index: i });
      const sources = activations[l - 1] === 'softmax' ? range(n) : [i];
      for (const j of sources) {
        edges.push({
          from: nodeName.z(l, j),
          to: nodeName.a(l, i),
          kind: 'activation',
          layer: l,
          toIndex: i,
          fromIndex: j,
        });
      }
    }
  }
  for (let k = 0; k < layers[L]; k++) {
    nodes.push({ name: nodeName.e(k), kind: 'error', layer: L + 1, index: k });
    edges.push({
      from: nodeName.a(L, k),
      to: nodeName.e(k),
      kind: 'error',
      layer: L + 1,
      toIndex: k,
      fromIndex: k,
    });
  }
  nodes.push({ name: nodeName.E, kind: 'loss', layer: L + 1, index: 0 });
  for (let k = 0; k < layers[L]; k++) {
    edges.push({
      from: nodeName.e(k),
      to: nodeName.E,
      kind: 'loss',
      layer: L + 1,
      toIndex: 0,
      fromIndex: k,
    });
  }
  return { nodes, edges };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
