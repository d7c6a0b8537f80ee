/**
 * Named numbers of one sample of a traced network, each with its symbol in the preset's
 * notation and the quantity it is: the one place where a symbol is paired with its number.
 */

import { edgeKey, nodeName, type ParamRef, paramName } from '../engine/names.ts';
import { paramValue } from '../engine/params.ts';
import { activationsOf, gradientOf, sampleGradient, type Trace } from '../engine/trace.ts';
import type { Leaf } from './expression.ts';
import { type Notation, partial } from './notation.ts';

export interface Leaves {
  /** The sample the numbers are of, from 0. */
  sample: number;
  param(p: ParamRef): Leaf;
  weight(l: number, j: number, k: number): Leaf;
  bias(l: number, j: number): Leaf;
  /** a⁽ˡ⁾_k, the input x_k for l = 0. */
  a(l: number, k: number): Leaf;
  z(l: number, j: number): Leaf;
  y(k: number): Leaf;
  e(k: number): Leaf;
  delta(l: number, j: number): Leaf;
  /** ∂E/∂a⁽ˡ⁾_j. */
  dJdA(l: number, j: number): Leaf;
  /** ∂a⁽ˡ⁾_i/∂z⁽ˡ⁾_j. */
  dAdZ(l: number, i: number, j: number): Leaf;
  /** ∂E/∂a⁽ᴸ⁾_k on the error edge e_k ← a_k. */
  lossSlope(k: number): Leaf;
  /** ∂z⁽ˡ⁾_j/∂a⁽ˡ⁻¹⁾_k = W⁽ˡ⁾_jk on a weight edge. */
  weightSlope(l: number, j: number, k: number): Leaf;
  /** ∂z/∂θ: a⁽ˡ⁻¹⁾_k for a weight, 1 for a bias. */
  paramSlope(p: ParamRef): Leaf;
  /** ∂E_b/∂θ of this sample. */
  sampleGradient(p: ParamRef): Leaf;
  /** ∂J/∂θ. */
  gradient(p: ParamRef): Leaf;
  /** The bias unit a₀ = 1 that meets the bias weight Θ_j0 in layer l. */
  biasUnit(l: number): Leaf;
  lambda(): Leaf;
}

export function leavesOf(t: Trace, n: Notation, sample = 0): Leaves {
  const s = t.samples[sample];
  const L = t.spec.layers.length - 1;
  const self: Leaves = {
    sample,
    param: (p) => ({
      symbol: n.param(p),
      value: paramValue(t.spec, p),
      of: { q: 'param', param: p },
    }),
    weight: (l, j, k) => self.param({ kind: 'weight', layer: l, row: j, col: k }),
    bias: (l, j) => self.param({ kind: 'bias', layer: l, row: j }),
    a: (l, k) => ({
      symbol: n.a(l, k),
      value: activationsOf(s, l)[k],
      of: { q: 'a', sample, layer: l, unit: k },
    }),
    z: (l, j) => ({
      symbol: n.z(l, j),
      value: s.layers[l - 1].z[j],
      of: { q: 'z', sample, layer: l, unit: j },
    }),
    y: (k) => ({ symbol: n.y(k), value: s.y[k], of: { q: 'y', sample, unit: k } }),
    e: (k) => ({ symbol: n.e(k), value: s.errors[k], of: { q: 'e', sample, unit: k } }),
    delta: (l, j) => ({
      symbol: n.delta(l, j),
      value: s.layers[l - 1].delta[j],
      of: { q: 'delta', sample, layer: l, unit: j },
    }),
    dJdA: (l, j) => ({
      symbol: partial(n.E, n.a(l, j)),
      value: l === 0 ? s.dJdX[j] : s.layers[l - 1].dJdA[j],
      of: { q: 'dJdA', sample, layer: l, unit: j },
    }),
    dAdZ: (l, i, j) => {
      const key = edgeKey(nodeName.a(l, i), nodeName.z(l, j));
      return {
        symbol: partial(n.a(l, i), n.z(l, j)),
        value: s.layers[l - 1].dAdZ[i][j],
        of: { q: 'local', sample, edge: key },
        factor: key,
      };
    },
    lossSlope: (k) => {
      const key = edgeKey(nodeName.e(k), nodeName.a(L, k));
      return {
        symbol: partial(n.E, n.a(L, k)),
        value: s.layers[L - 1].dJdA[k],
        of: { q: 'local', sample, edge: key },
        factor: key,
      };
    },
    weightSlope: (l, j, k) => {
      const key = edgeKey(nodeName.z(l, j), nodeName.activation(l - 1, k));
      return {
        symbol: partial(n.z(l, j), n.a(l - 1, k)),
        value: t.spec.weights[l - 1][j][k],
        of: { q: 'local', sample, edge: key },
        factor: key,
      };
    },
    paramSlope: (p) => {
      const key = edgeKey(nodeName.z(p.layer, p.row), paramName(p));
      return {
        symbol: partial(n.z(p.layer, p.row), n.param(p)),
        value: p.kind === 'weight' ? activationsOf(s, p.layer - 1)[p.col] : 1,
        of: { q: 'local', sample, edge: key },
        factor: key,
      };
    },
    sampleGradient: (p) => ({
      symbol: partial(n.E, n.param(p)),
      value: sampleGradient(s, p),
      of: { q: 'sampleGradient', sample, param: p },
    }),
    gradient: (p) => ({
      symbol: partial(n.J, n.param(p)),
      value: gradientOf(t, p),
      of: { q: 'gradient', param: p },
    }),
    biasUnit: (l) => ({ symbol: n.biasUnit(l), value: 1, of: { q: 'biasUnit' } }),
    lambda: () => ({
      symbol: '\\lambda',
      value: t.spec.regularization?.l2 ?? 0,
      of: { q: 'lambda' },
    }),
  };
  return self;
}
