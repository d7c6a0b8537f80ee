/**
 * Every quantity a derivation row may name (src/derivation/quantity.ts), computed again from the
 * formulas of network-spec.md with the scalar autodiff beside this file: no engine code. A number
 * on screen is held against `valueOf` of the quantity it says it is.
 */

import type { Quantity } from '../../src/derivation/quantity.ts';
import type { ParamRef } from '../../src/engine/names.ts';
import type { NetworkSpec } from '../../src/engine/spec.ts';
import { autodiff, sampleGraph, slopeAt } from './scalarAutodiff.ts';

export interface Reference {
  /** The quantity's value, or undefined when this network has no such thing. */
  valueOf(q: Quantity, context: { learningRate?: number }): number | undefined;
}

const NODE =
  /^(x|e)\[(\d+)\]$|^([za])(\d+)\[(\d+)\]$|^W(\d+)\[(\d+)\]\[(\d+)\]$|^b(\d+)\[(\d+)\]$|^E$/;

export function reference(spec: NetworkSpec): Reference {
  const whole = autodiff(spec);
  const samples = spec.samples.map((_, b) => sampleGraph(spec, b));
  const m = spec.samples.length;
  const lambda = spec.regularization?.l2 ?? 0;
  const param = (p: ParamRef) =>
    p.kind === 'weight'
      ? spec.weights[p.layer - 1]?.[p.row]?.[p.col]
      : spec.biases?.[p.layer - 1]?.[p.row];
  const gradient = (p: ParamRef) =>
    p.kind === 'weight'
      ? whole.weights[p.layer - 1]?.[p.row]?.[p.col]
      : whole.biases?.[p.layer - 1]?.[p.row];
  const squares = spec.weights.flat(2).reduce((s, w) => s + w * w, 0);

  const local = (b: number, edge: string): number | undefined => {
    const s = samples[b];
    const [upper, lower] = edge.split('<');
    const u = NODE.exec(upper);
    const d = NODE.exec(lower);
    if (!u || !d) return undefined;
    if (upper === 'E') return 1; // E = Σ_k e_k
    if (u[1] === 'e') return s.dEdA[spec.layers.length - 2]?.[Number(u[2])]; // ∂e_k/∂a_k = ∂E/∂a_k
    const l = Number(u[4]);
    const j = Number(u[5]);
    if (u[3] === 'a') return s.dAdZ[l - 1]?.[j]?.[Number(d[5])];
    // z_j = Σ_k W_jk a_k + b_j
    if (d[9] !== undefined) return 1;
    if (d[6] !== undefined) return s.a[l - 1]?.[Number(d[8])];
    return spec.weights[l - 1]?.[j]?.[Number(d[2] ?? d[5])];
  };

  return {
    valueOf(q, context) {
      switch (q.q) {
        case 'param':
          return param(q.param);
        case 'a':
          return samples[q.sample]?.a[q.layer]?.[q.unit];
        case 'z':
          return samples[q.sample]?.z[q.layer - 1]?.[q.unit];
        case 'y':
          return spec.samples[q.sample]?.y[q.unit];
        case 'e':
          return samples[q.sample]?.e[q.unit];
        case 'sampleLoss':
          return samples[q.sample]?.loss;
        case 'dataLoss':
          return whole.loss - (lambda / (2 * m)) * squares;
        case 'penalty':
          return (lambda / (2 * m)) * squares;
        case 'loss':
          return whole.loss;
        case 'delta':
          return samples[q.sample]?.delta[q.layer - 1]?.[q.unit];
        case 'dJdA':
          return q.layer === 0
            ? samples[q.sample]?.dEdX[q.unit]
            : samples[q.sample]?.dEdA[q.layer - 1]?.[q.unit];
        case 'local':
          return local(q.sample, q.edge);
        case 'sampleGradient': {
          const s = samples[q.sample];
          const p = q.param;
          return p.kind === 'weight'
            ? s?.gradW[p.layer - 1]?.[p.row]?.[p.col]
            : s?.gradB[p.layer - 1]?.[p.row];
        }
        case 'gradient':
          return gradient(q.param);
        case 'lambda':
          return lambda;
        case 'learningRate':
          return context.learningRate;
        case 'biasUnit':
          return 1;
        case 'stepped': {
          const v = param(q.param);
          const g = gradient(q.param);
          const eta = context.learningRate;
          return v === undefined || g === undefined || eta === undefined ? undefined : v - eta * g;
        }
        case 'steppedLoss': {
          const eta = context.learningRate;
          if (eta === undefined) return undefined;
          const stepped: NetworkSpec = {
            ...spec,
            weights: spec.weights.map((W, i) =>
              W.map((row, j) => row.map((w, k) => w - eta * whole.weights[i][j][k])),
            ),
            ...(spec.biases && whole.biases
              ? {
                  biases: spec.biases.map((bs, i) =>
                    bs.map((v, j) => v - eta * (whole.biases as number[][])[i][j]),
                  ),
                }
              : {}),
          };
          return autodiff(stepped).loss;
        }
        case 'slip': {
          // f′ evaluated at the unit's output instead of its input.
          const a = samples[0]?.a[q.layer]?.[q.unit];
          return a === undefined ? undefined : slopeAt(spec.activations[q.layer - 1], a);
        }
        case 'accumulated': {
          let total = 0;
          for (let b = 0; b <= q.through; b++) {
            const p = q.param;
            const g =
              p.kind === 'weight'
                ? samples[b].gradW[p.layer - 1]?.[p.row]?.[p.col]
                : samples[b].gradB[p.layer - 1]?.[p.row];
            if (g === undefined) return undefined;
            total += g;
          }
          return total;
        }
        case 'unpenalised':
          return 0;
        case 'ascent':
        case 'batchGradient': {
          const p = q.param;
          let total = 0;
          for (const sg of samples) {
            const g =
              p.kind === 'weight'
                ? sg.gradW[p.layer - 1]?.[p.row]?.[p.col]
                : sg.gradB[p.layer - 1]?.[p.row];
            if (g === undefined) return undefined;
            total += g;
          }
          return q.q === 'ascent' ? -total : total;
        }
        case 'articleDelta': {
          const d = samples[q.sample]?.delta[q.layer - 1]?.[q.unit];
          return d === undefined ? undefined : -d;
        }
        case 'carried':
          return undefined;
      }
      return undefined;
    },
  };
}
