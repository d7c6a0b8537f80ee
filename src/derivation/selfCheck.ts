/**
 * Self-check: a learner's answer held against the engine's number with a tolerance, and hints
 * for a hidden number. A factor's hint is the local derivative's formula with the numbers it
 * needs (not the answer), and a central difference that measures the same derivative: the two
 * values either side and the step h, left for the learner to divide. A term's hint is its
 * product (or sum) of numbers.
 */

import { ACTIVATION, activate } from '../engine/activations.ts';
import { LOSS } from '../engine/losses.ts';
import { edgeEnds, nodeName, readName } from '../engine/names.ts';
import type { Trace } from '../engine/trace.ts';
import { type Notation, partial } from './notation.ts';
import { formatTexNumber } from './number.ts';
import type { NumberWriter } from './parts.ts';
import type { FactorKey } from './types.ts';

/** An answer is right within 1% of the true value, or 10⁻⁴ of it when the value is near 0. */
export const RELATIVE_TOLERANCE = 0.01;
export const ABSOLUTE_TOLERANCE = 1e-4;

export function withinTolerance(answer: number, truth: number): boolean {
  if (!Number.isFinite(answer)) return false;
  return (
    Math.abs(answer - truth) <= Math.max(RELATIVE_TOLERANCE * Math.abs(truth), ABSOLUTE_TOLERANCE)
  );
}

/** The step of the hints' central differences. */
export const HINT_STEP = 1e-3;

export interface Hint {
  /** The formula, with the numbers it needs written in (LaTeX). */
  formula: string;
  /** A central difference of the same derivative: f(u + h) and f(u − h), h = HINT_STEP. */
  difference?: { plus: number; minus: number };
}

/** (f(u + h) − f(u − h)) / 2h with both values written in and the division left to do. */
export function differenceTex(d: { plus: number; minus: number }): string {
  // Seven digits: the difference of the two is what matters.
  const fine = (v: number) => formatTexNumber(v, 7);
  return `\\frac{${fine(d.plus)} - (${fine(d.minus)})}{2 \\times 10^{-3}}`;
}

/** Sample 1's hint for the local derivative on edge `key` (`upper<lower`), or null. */
export function factorHint(
  t: Trace,
  key: FactorKey,
  n: Notation,
  write: NumberWriter,
): Hint | null {
  const ends = edgeEnds(key);
  if (!ends) return null;
  const { upper, lower } = ends;
  const top = readName(upper);
  const bottom = readName(lower);
  if (!top || !bottom) return null;
  const s = t.samples[0];
  const U = n.node(upper);
  const D = n.node(lower);
  const lhs = partial(U, D);
  const difference = (plus: number, minus: number) => ({ plus, minus });
  // Where the derivative is 1: the value itself moves by ±h.
  const around = (v: number) => difference(v + HINT_STEP, v - HINT_STEP);

  // E = Σ_k e_k.
  if (top.kind === 'loss') return { formula: `${lhs} = 1`, difference: around(s.loss) };

  // ∂e_k/∂a_k: the loss of one output, as a function of that output.
  if (top.kind === 'error') {
    const k = top.index;
    const L = t.spec.layers.length - 1;
    const a = s.layers[L - 1].a[k];
    const y = s.y[k];
    const K = s.y.length;
    const A = n.node(lower);
    const Y = n.y(k);
    const given = `,\\quad ${A} = ${write(a)},\\ ${Y} = ${write(y)}`;
    const loss = LOSS[t.spec.loss];
    const e = loss.errorOf(y, K);
    const plus = e(a + HINT_STEP);
    const minus = e(a - HINT_STEP);
    return {
      formula: `${lhs} = ${loss.slopeTex(A, Y, K)}${given}`,
      ...(Number.isFinite(plus) && Number.isFinite(minus)
        ? { difference: difference(plus, minus) }
        : {}),
    };
  }

  if (top.kind !== 'z' && top.kind !== 'a') return null;
  const l = top.layer;
  const j = top.index;
  const layer = s.layers[l - 1];
  if (top.kind === 'a') {
    // ∂a_i/∂z_q through the layer's activation (q ≠ i only in a softmax layer).
    const i = j;
    if (bottom.kind !== 'z') return null;
    const q = bottom.index;
    const f = t.spec.activations[l - 1];
    const Ai = n.node(upper);
    const Aq = n.node(nodeName.a(l, q));
    const Z = n.node(lower);
    const cross = f === 'softmax' && i !== q;
    const entry = ACTIVATION[f];
    const given =
      entry.slopeNeeds === 'none'
        ? ''
        : entry.slopeNeeds === 'z'
          ? `,\\quad ${Z} = ${write(layer.z[q])}`
          : `,\\quad ${Ai} = ${write(layer.a[i])}${cross ? `,\\ ${Aq} = ${write(layer.a[q])}` : ''}`;
    const at = (dz: number) =>
      activate(
        f,
        layer.z.map((v, r) => (r === q ? v + dz : v)),
      )[i];
    return {
      formula: `${lhs} = ${entry.slopeTex({ ai: Ai, aq: Aq, z: Z, cross })}${given}`,
      difference: difference(at(HINT_STEP), at(-HINT_STEP)),
    };
  }

  // z_j = Σ_k W_jk a_k + b_j, differentiated by an activation below or by a parameter.
  const W = t.spec.weights[l - 1][j];
  const below = l === 1 ? s.x : s.layers[l - 2].a;
  const zOf = (w: readonly number[], a: readonly number[]) =>
    w.reduce((sum, wk, k) => sum + wk * a[k], t.spec.biases?.[l - 1][j] ?? 0);
  if (bottom.kind === 'bias') return { formula: `${lhs} = 1`, difference: around(layer.z[j]) };
  if (bottom.kind === 'weight') {
    const k = bottom.col;
    const shifted = (dw: number) =>
      zOf(
        W.map((w, q) => (q === k ? w + dw : w)),
        below,
      );
    const source = n.node(nodeName.activation(l - 1, k));
    return {
      formula: `${lhs} = ${source},\\quad ${source} = ${write(below[k])}`,
      difference: difference(shifted(HINT_STEP), shifted(-HINT_STEP)),
    };
  }
  if (bottom.kind !== 'input' && bottom.kind !== 'a') return null;
  const k = bottom.index;
  const shifted = (da: number) =>
    zOf(
      W,
      below.map((a, q) => (q === k ? a + da : a)),
    );
  const weight = n.W(l, j, k);
  return {
    formula: `${lhs} = ${weight},\\quad ${weight} = ${write(W[k])}`,
    difference: difference(shifted(HINT_STEP), shifted(-HINT_STEP)),
  };
}

/** Numbers as the sum of products they stand for (a row's `terms`): the hint for a term. */
export function termHint(
  terms: readonly (readonly number[])[] | undefined,
  write: NumberWriter,
): Hint | null {
  if (!terms || terms.length === 0) return null;
  const factor = (v: number) => (v < 0 ? `(${write(v)})` : write(v));
  const product = (t: readonly number[]) => t.map(factor).join(' \\times ');
  return { formula: terms.map(product).join(' + ') };
}
