/** The cost of listing every chain-rule path, set against backprop's reuse of δ. */

import type { ParamRef } from '../engine/names.ts';
import { pathsFromLoss } from '../engine/paths.ts';
import type { Trace } from '../engine/trace.ts';

export interface PathCost {
  /** Paths from the loss to this parameter in one sample. */
  pathsPerSample: number;
  samples: number;
  /** Multiplications to form every path product to this parameter, in every sample. */
  pathMultiplications: number;
  /** The same for every parameter of the network. */
  allPathMultiplications: number;
  /** Multiplications backprop does for every gradient: each local derivative once per sample. */
  backpropMultiplications: number;
}

/**
 * Listing paths costs a multiplication per factor after the first, for every path of every
 * sample; a path to layer l has 2(L − l) + 3 factors. Backprop multiplies each local derivative
 * in once per sample — one per edge below the loss, plus one per weight for ∂z/∂W — and that
 * gives every gradient of the network at once.
 */
export function pathCost(t: Trace, p: ParamRef, perSample: number): PathCost {
  const { spec } = t;
  const L = spec.layers.length - 1;
  const m = spec.samples.length;
  const counts = pathsFromLoss(spec);
  const perPath = (l: number) => 2 * (L - l) + 2;
  let all = 0;
  counts.forEach((units, i) => {
    const paramsPerUnit = spec.layers[i] + (spec.biases ? 1 : 0);
    for (const c of units) all += c * m * paramsPerUnit * perPath(i + 1);
  });
  const edges = t.graph.edges.filter((e) => e.kind !== 'loss').length;
  const weights = spec.weights.reduce((s, W) => s + W.length * W[0].length, 0);
  return {
    pathsPerSample: perSample,
    samples: m,
    pathMultiplications: perSample * m * perPath(p.layer),
    allPathMultiplications: all,
    backpropMultiplications: m * (edges + weights),
  };
}
