/**
 * Chain-rule paths from the loss back to one parameter. A path is one route through the graph
 * E → e_k → a⁽ᴸ⁾ → z⁽ᴸ⁾ → a⁽ᴸ⁻¹⁾ → … → z⁽ˡ⁾_j → θ, in one sample; its product is one term of
 * ∂J_b/∂θ. Backprop's whole point is that their number grows like a product of layer widths
 * while δ reuse keeps the work linear, so paths are counted without being listed, and listed
 * lazily.
 */

import { fusedPairProduct } from './losses.ts';
import { nodeName, type ParamRef, paramName } from './names.ts';
import type { NetworkSpec } from './spec.ts';
import { activationsOf, type SampleTrace, type Trace } from './trace.ts';

export interface ChainFactor {
  /**
   * `loss`: ∂J_b/∂a⁽ᴸ⁾_k (the edges E ← e_k ← a_k, ∂E/∂e_k being 1);
   * `activation`: ∂a⁽ˡ⁾_i/∂z⁽ˡ⁾_j; `weight`: ∂z⁽ˡ⁺¹⁾_j/∂a⁽ˡ⁾_k = W⁽ˡ⁺¹⁾_jk;
   * `param`: ∂z⁽ˡ⁾_j/∂W⁽ˡ⁾_jk = a⁽ˡ⁻¹⁾_k, or ∂z⁽ˡ⁾_j/∂b⁽ˡ⁾_j = 1.
   */
  kind: 'loss' | 'activation' | 'weight' | 'param';
  /** The partial derivative in LaTeX, indices as in the spec's names (0-based). */
  label: string;
  value: number;
  /** The node nearer the loss (`e[k]` for the loss factor). */
  upper: string;
  /** The node nearer the parameter, or the parameter's name for the last factor. */
  lower: string;
}

export interface ChainPath {
  /** Index b of the sample the path runs through. */
  sample: number;
  /** Every node on the path, from E down to z⁽ˡ⁾_j. */
  nodes: string[];
  /** From the loss back to the parameter. */
  factors: ChainFactor[];
  /**
   * Π factors: this path's share of ∂J_b/∂θ. The first two factors' product is taken in closed
   * form where the loss and output activation cancel, so it stays finite when ∂J_b/∂a overflows.
   */
  product: number;
}

/** How many paths the command line lists at most; pathCount is always exact. */
export const PATH_LIST_CAP = 10_000;

/**
 * How many factors the listed paths may hold in all. A path has 2L + 1 factors, so on a deep
 * network 10,000 paths alone would be tens of megabytes of JSON (30 layers: 80 MB); 50,000
 * factors are about 6 MB, and a two-layer network still lists its 10,000 paths.
 */
export const PATH_FACTOR_CAP = 50_000;

/**
 * exactPathsFromLoss[l − 1][j]: the number of paths from E to z⁽ˡ⁾_j in one sample, as an exact
 * integer: a deep network's count is a product of layer widths far past 2^53, where doubles would
 * round it (10 hidden layers of 30 units already do). Dynamic programming over layers, from the
 * output down, so it costs O(Σ n_l) additions however many paths there are.
 */
export function exactPathsFromLoss(spec: NetworkSpec): bigint[][] {
  const L = spec.layers.length - 1;
  const toZ: bigint[][] = new Array(L);
  // Every output a⁽ᴸ⁾_i has one path up: a_i → e_i → E.
  let toA = new Array<bigint>(spec.layers[L]).fill(1n);
  for (let l = L; l >= 1; l--) {
    const softmax = spec.activations[l - 1] === 'softmax';
    const total = toA.reduce((s, c) => s + c, 0n);
    // z_j feeds only a_j, or every a_i of a softmax layer.
    toZ[l - 1] = toA.map((c) => (softmax ? total : c));
    if (l > 1) {
      const sum = toZ[l - 1].reduce((s, c) => s + c, 0n);
      // Every a⁽ˡ⁻¹⁾_k feeds every z⁽ˡ⁾_j through W⁽ˡ⁾_jk; a zero weight still makes an edge.
      toA = new Array<bigint>(spec.layers[l - 1]).fill(sum);
    }
  }
  return toZ;
}

/** exactPathsFromLoss as doubles, for views that draw a count: past 2^53 it is rounded. */
export function pathsFromLoss(spec: NetworkSpec): number[][] {
  return exactPathsFromLoss(spec).map((layer) => layer.map(Number));
}

/** The number of chain-rule paths from the loss to a parameter, over all samples, exactly. */
export function exactPathCount(spec: NetworkSpec, p: ParamRef): bigint {
  return BigInt(spec.samples.length) * exactPathsFromLoss(spec)[p.layer - 1][p.row];
}

/** exactPathCount as a double: rounded past 2^53. */
export function pathCount(spec: NetworkSpec, p: ParamRef): number {
  return Number(exactPathCount(spec, p));
}

/** Lists the paths to a parameter lazily, sample by sample, output by output. */
export function* enumeratePaths(t: Trace, p: ParamRef): Generator<ChainPath> {
  for (let b = 0; b < t.samples.length; b++) yield* pathsInSample(t, p, b);
}

function* pathsInSample(t: Trace, p: ParamRef, b: number): Generator<ChainPath> {
  const { spec } = t;
  const s = t.samples[b];
  const L = spec.layers.length - 1;
  const last = paramFactor(s, p);
  const nodes: string[] = [nodeName.E];
  const factors: ChainFactor[] = [];
  const out = s.layers[L - 1];
  // The product of the first two factors, ∂J_b/∂a⁽ᴸ⁾_i · ∂a⁽ᴸ⁾_i/∂z⁽ᴸ⁾_j, set for each (i, j).
  let head = 0;

  // Walks down from a⁽ˡ⁾_i to the target unit z⁽ᵖ⁾_row, choosing one edge per step.
  function* fromActivation(l: number, i: number): Generator<ChainPath> {
    nodes.push(nodeName.a(l, i));
    const sources = spec.activations[l - 1] === 'softmax' ? indices(spec.layers[l]) : [i];
    for (const j of sources) {
      if (l === p.layer && j !== p.row) continue;
      factors.push(activationFactor(s, l, i, j));
      if (l === L) {
        head =
          fusedPairProduct(spec.loss, spec.activations[L - 1], out.z, out.a, s.y, i, j) ??
          factors[0].value * factors[1].value;
      }
      nodes.push(nodeName.z(l, j));
      if (l === p.layer) {
        factors.push(last);
        yield {
          sample: b,
          nodes: nodes.slice(),
          factors: factors.slice(),
          product: head * productFrom(factors, 2),
        };
        factors.pop();
      } else {
        for (let k = 0; k < spec.layers[l - 1]; k++) {
          factors.push(weightFactor(spec, l, j, k));
          yield* fromActivation(l - 1, k);
          factors.pop();
        }
      }
      nodes.pop();
      factors.pop();
    }
    nodes.pop();
  }

  for (let k = 0; k < spec.layers[L]; k++) {
    nodes.push(nodeName.e(k));
    factors.push({
      kind: 'loss',
      label: `\\frac{\\partial J_{${b}}}{\\partial a^{(${L})}_{${k}}}`,
      value: out.dJdA[k],
      upper: nodeName.e(k),
      lower: nodeName.a(L, k),
    });
    yield* fromActivation(L, k);
    factors.pop();
    nodes.pop();
  }
}

/** ∂z⁽ˡ⁾_j/∂θ: a⁽ˡ⁻¹⁾_k for W⁽ˡ⁾_jk, 1 for b⁽ˡ⁾_j. */
export function paramFactor(s: SampleTrace, p: ParamRef): ChainFactor {
  const z = `z^{(${p.layer})}_{${p.row}}`;
  const upper = nodeName.z(p.layer, p.row);
  if (p.kind === 'bias') {
    return {
      kind: 'param',
      label: `\\frac{\\partial ${z}}{\\partial b^{(${p.layer})}_{${p.row}}}`,
      value: 1,
      upper,
      lower: paramName(p),
    };
  }
  return {
    kind: 'param',
    label: `\\frac{\\partial ${z}}{\\partial W^{(${p.layer})}_{${p.row},${p.col}}}`,
    value: activationsOf(s, p.layer - 1)[p.col],
    upper,
    lower: paramName(p),
  };
}

function activationFactor(s: SampleTrace, l: number, i: number, j: number): ChainFactor {
  return {
    kind: 'activation',
    label: `\\frac{\\partial a^{(${l})}_{${i}}}{\\partial z^{(${l})}_{${j}}}`,
    value: s.layers[l - 1].dAdZ[i][j],
    upper: nodeName.a(l, i),
    lower: nodeName.z(l, j),
  };
}

/** ∂z⁽ˡ⁾_j/∂a⁽ˡ⁻¹⁾_k = W⁽ˡ⁾_jk. */
function weightFactor(spec: NetworkSpec, l: number, j: number, k: number): ChainFactor {
  const below = l - 1 === 0 ? `x_{${k}}` : `a^{(${l - 1})}_{${k}}`;
  return {
    kind: 'weight',
    label: `\\frac{\\partial z^{(${l})}_{${j}}}{\\partial ${below}}`,
    value: spec.weights[l - 1][j][k],
    upper: nodeName.z(l, j),
    lower: nodeName.activation(l - 1, k),
  };
}

/** Π of factors[from…]. */
function productFrom(factors: readonly ChainFactor[], from: number): number {
  let p = 1;
  for (let i = from; i < factors.length; i++) p *= factors[i].value;
  return p;
}

function indices(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
