/**
 * The forward and backward pass of a network spec, recorded whole: every value, every local
 * derivative on every edge the app draws, every δ and every gradient. A Trace is never changed
 * after it is built; editing a number means tracing again.
 */

import { activate, activationJacobian } from './activations.ts';
import { type Gradients, type Sums, scaled } from './gradients.ts';
import { type NetworkGraph, networkGraph } from './graph.ts';
import { errorTerms, fusedOutputDelta, lossDerivative } from './losses.ts';
import type { NetworkSpec } from './spec.ts';

/** One layer l = 1…L of one sample. */
/** Traces are read-only: editing a number means tracing again. */
export type Vector = readonly number[];
export type Matrix = readonly Vector[];

export interface LayerTrace {
  /** z⁽ˡ⁾_j = Σ_k W⁽ˡ⁾_jk a⁽ˡ⁻¹⁾_k + b⁽ˡ⁾_j. */
  readonly z: Vector;
  /** a⁽ˡ⁾ = f_l(z⁽ˡ⁾). */
  readonly a: Vector;
  /** [i][j] = ∂a⁽ˡ⁾_i/∂z⁽ˡ⁾_j, the local derivative on edge z_j → a_i (off-diagonal only for softmax). */
  readonly dAdZ: Matrix;
  /** ∂J_b/∂a⁽ˡ⁾_j: for l = L the error-edge derivative ∂e_j/∂a_j; below, Σ_i δ⁽ˡ⁺¹⁾_i W⁽ˡ⁺¹⁾_ij. */
  readonly dJdA: Vector;
  /** δ⁽ˡ⁾_j = ∂J_b/∂z⁽ˡ⁾_j, not scaled by the reduction. */
  readonly delta: Vector;
}

/** Everything about one sample b. */
export interface SampleTrace {
  /** The input a⁽⁰⁾. */
  readonly x: Vector;
  /** The target. */
  readonly y: Vector;
  /** layers[l − 1] is layer l, indexed like spec.weights. */
  readonly layers: readonly LayerTrace[];
  /** e_k, the per-output error terms; Σ_k e_k = J_b. */
  readonly errors: Vector;
  /** J_b, this sample's loss. */
  readonly loss: number;
  /** ∂to/∂from for every edge of trace.graph.edges, in the same order. */
  readonly edgeDerivatives: Vector;
  /** ∂J_b/∂x_k = Σ_j δ⁽¹⁾_j W⁽¹⁾_jk: the error a layer hands back to whatever feeds it. */
  readonly dJdX: Vector;
}

/** A whole trace: every sample's forward and backward values, and the totals (gradients.ts). */
export interface Trace extends Gradients {
  readonly spec: NetworkSpec;
  readonly graph: NetworkGraph;
  readonly samples: readonly SampleTrace[];
}

/** a⁽ˡ⁾ of a sample for l = 0…L, the inputs standing for a⁽⁰⁾. */
export function activationsOf(sample: SampleTrace, l: number): Vector {
  return l === 0 ? sample.x : sample.layers[l - 1].a;
}

export function trace(spec: NetworkSpec): Trace {
  const graph = networkGraph(spec.layers, spec.activations);
  const samples = spec.samples.map((s) => traceSample(spec, graph, s.x, s.y));
  // Σ over the samples, in sample order, then scaled as training scales them (gradients.ts).
  const sums: Sums = {
    loss: samples.reduce((sum, s) => sum + s.loss, 0),
    sumW: spec.weights.map((W, i) =>
      W.map((row, j) =>
        row.map((_, k) => {
          let g = 0;
          for (const s of samples) g += s.layers[i].delta[j] * activationsOf(s, i)[k];
          return g;
        }),
      ),
    ),
    sumB: spec.biases?.map((b, i) =>
      b.map((_, j) => {
        let g = 0;
        for (const s of samples) g += s.layers[i].delta[j];
        return g;
      }),
    ),
  };
  return { spec, graph, samples, ...scaled(spec, sums) };
}

function traceSample(
  spec: NetworkSpec,
  graph: NetworkGraph,
  x: number[],
  y: number[],
): SampleTrace {
  const L = spec.layers.length - 1;
  const forward: { z: number[]; a: number[]; dAdZ: number[][] }[] = [];
  let prev = x;
  for (let l = 1; l <= L; l++) {
    const W = spec.weights[l - 1];
    const b = spec.biases?.[l - 1];
    const z = W.map((row, j) => {
      let s = b ? b[j] : 0;
      for (let k = 0; k < row.length; k++) s += row[k] * prev[k];
      return s;
    });
    const f = spec.activations[l - 1];
    const a = activate(f, z);
    forward.push({ z, a, dAdZ: activationJacobian(f, z, a) });
    prev = a;
  }

  const out = forward[L - 1];
  const errors = errorTerms(spec.loss, out.z, out.a, y);
  const layers: LayerTrace[] = new Array(L);
  let dJdA = lossDerivative(spec.loss, out.z, out.a, y);
  for (let l = L; l >= 1; l--) {
    const { z, a, dAdZ } = forward[l - 1];
    const fused =
      l === L ? fusedOutputDelta(spec.loss, spec.activations[L - 1], z, a, y) : undefined;
    // δ_j = Σ_i ∂J_b/∂a_i · ∂a_i/∂z_j
    const delta = fused ?? z.map((_, j) => dJdA.reduce((s, g, i) => s + g * dAdZ[i][j], 0));
    layers[l - 1] = { z, a, dAdZ, dJdA, delta };
    if (l > 1) {
      // ∂J_b/∂a⁽ˡ⁻¹⁾_k = Σ_j δ⁽ˡ⁾_j · W⁽ˡ⁾_jk
      const W = spec.weights[l - 1];
      dJdA = W[0].map((_, k) => W.reduce((s, row, j) => s + delta[j] * row[k], 0));
    }
  }

  const first = spec.weights[0];
  const dJdX = first[0].map((_, k) =>
    first.reduce((s, row, j) => s + layers[0].delta[j] * row[k], 0),
  );
  const sample: Omit<SampleTrace, 'edgeDerivatives'> = {
    x,
    y,
    layers,
    errors,
    loss: errors.reduce((s, e) => s + e, 0),
    dJdX,
  };
  return { ...sample, edgeDerivatives: graph.edges.map((e) => edgeDerivative(spec, sample, e)) };
}

function edgeDerivative(
  spec: NetworkSpec,
  sample: Omit<SampleTrace, 'edgeDerivatives'>,
  edge: NetworkGraph['edges'][number],
): number {
  switch (edge.kind) {
    case 'weight':
      return spec.weights[edge.layer - 1][edge.toIndex][edge.fromIndex];
    case 'activation':
      return sample.layers[edge.layer - 1].dAdZ[edge.toIndex][edge.fromIndex];
    case 'error':
      return sample.layers[sample.layers.length - 1].dJdA[edge.toIndex];
    case 'loss':
      return 1;
  }
}

/** ∂J_b/∂θ for one sample: δ⁽ˡ⁾_j · a⁽ˡ⁻¹⁾_k for W⁽ˡ⁾_jk, δ⁽ˡ⁾_j for b⁽ˡ⁾_j (no reduction, no L2). */
export function sampleGradient(
  sample: SampleTrace,
  p: { kind: 'weight' | 'bias'; layer: number; row: number; col?: number },
): number {
  const delta = sample.layers[p.layer - 1].delta[p.row];
  return p.kind === 'bias' ? delta : delta * activationsOf(sample, p.layer - 1)[p.col ?? 0];
}

/** ∂J/∂θ as the trace holds it. */
export function gradientOf(
  t: Trace,
  p: { kind: 'weight' | 'bias'; layer: number; row: number; col?: number },
): number {
  return p.kind === 'weight'
    ? t.gradWeights[p.layer - 1][p.row][p.col ?? 0]
    : (t.gradBiases?.[p.layer - 1][p.row] ?? 0);
}
