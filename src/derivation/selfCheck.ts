/**
 * Self-check: a learner's answer held against the engine's number with a tolerance, and hints
 * for a hidden number. A factor's hint is the local derivative's formula with the numbers it
 * needs (not the answer), and a central difference that measures the same derivative: the two
 * values either side and the step h, left for the learner to divide. A term's hint is its
 * product (or sum) of numbers.
 */

import { activate } from '../engine/activations.ts';
import type { Activation, Loss } from '../engine/spec.ts';
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

const NODE = /^(?:x\[(\d+)\]|([za])(\d+)\[(\d+)\]|e\[(\d+)\]|E)$/;
const PARAM = /^W(\d+)\[(\d+)\]\[(\d+)\]$|^b(\d+)\[(\d+)\]$/;

/** Sample 1's hint for the local derivative on edge `key` (`upper<lower`), or null. */
export function factorHint(
  t: Trace,
  key: FactorKey,
  n: Notation,
  write: NumberWriter,
): Hint | null {
  const [upper, lower] = key.split('<');
  if (upper === undefined || lower === undefined) return null;
  const top = NODE.exec(upper);
  if (!top) return null;
  const s = t.samples[0];
  const U = n.node(upper);
  const D = n.node(lower);
  const lhs = partial(U, D);
  const difference = (plus: number, minus: number) => ({ plus, minus });
  // Where the derivative is 1: the value itself moves by ±h.
  const around = (v: number) => difference(v + HINT_STEP, v - HINT_STEP);

  // E = Σ_k e_k.
  if (upper === 'E') return { formula: `${lhs} = 1`, difference: around(s.loss) };

  // ∂e_k/∂a_k: the loss of one output, as a function of that output.
  if (top[5] !== undefined) {
    const k = Number(top[5]);
    const L = t.spec.layers.length - 1;
    const a = s.layers[L - 1].a[k];
    const y = s.y[k];
    const K = s.y.length;
    const A = n.node(lower);
    const Y = n.y(k);
    const given = `,\\quad ${A} = ${write(a)},\\ ${Y} = ${write(y)}`;
    const e = errorOfOutput(t.spec.loss, y, K);
    const plus = e(a + HINT_STEP);
    const minus = e(a - HINT_STEP);
    return {
      formula: `${lhs} = ${lossSlopeTex(t.spec.loss, A, Y, K)}${given}`,
      ...(Number.isFinite(plus) && Number.isFinite(minus)
        ? { difference: difference(plus, minus) }
        : {}),
    };
  }

  const l = Number(top[3]);
  const j = Number(top[4]);
  const layer = s.layers[l - 1];
  if (top[2] === 'a') {
    // ∂a_i/∂z_q through the layer's activation (q ≠ i only in a softmax layer).
    const i = j;
    const q = Number(NODE.exec(lower)?.[4]);
    const f = t.spec.activations[l - 1];
    const Ai = n.node(upper);
    const Aq = n.node(`a${l}[${q}]`);
    const Z = n.node(lower);
    const cross = f === 'softmax' && i !== q;
    const given =
      f === 'linear'
        ? ''
        : f === 'relu'
          ? `,\\quad ${Z} = ${write(layer.z[q])}`
          : `,\\quad ${Ai} = ${write(layer.a[i])}${cross ? `,\\ ${Aq} = ${write(layer.a[q])}` : ''}`;
    const at = (dz: number) =>
      activate(
        f,
        layer.z.map((v, r) => (r === q ? v + dz : v)),
      )[i];
    return {
      formula: `${lhs} = ${activationSlopeTex(f, cross, Ai, Aq, Z)}${given}`,
      difference: difference(at(HINT_STEP), at(-HINT_STEP)),
    };
  }

  // z_j = Σ_k W_jk a_k + b_j, differentiated by an activation below or by a parameter.
  const W = t.spec.weights[l - 1][j];
  const below = l === 1 ? s.x : s.layers[l - 2].a;
  const zOf = (w: readonly number[], a: readonly number[]) =>
    w.reduce((sum, wk, k) => sum + wk * a[k], t.spec.biases?.[l - 1][j] ?? 0);
  const param = PARAM.exec(lower);
  if (param) {
    if (param[4] !== undefined) return { formula: `${lhs} = 1`, difference: around(layer.z[j]) };
    const k = Number(param[3]);
    const shifted = (dw: number) =>
      zOf(
        W.map((w, q) => (q === k ? w + dw : w)),
        below,
      );
    const source = n.node(l === 1 ? `x[${k}]` : `a${l - 1}[${k}]`);
    return {
      formula: `${lhs} = ${source},\\quad ${source} = ${write(below[k])}`,
      difference: difference(shifted(HINT_STEP), shifted(-HINT_STEP)),
    };
  }
  const from = NODE.exec(lower);
  if (!from) return null;
  const k = Number(from[1] ?? from[4]);
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

/** e_k as a function of a_k alone (for the hint's difference; the engine uses z for bce, ce). */
function errorOfOutput(loss: Loss, y: number, K: number): (a: number) => number {
  switch (loss) {
    case 'half_sse':
      return (a) => 0.5 * (a - y) ** 2;
    case 'mse':
      return (a) => (a - y) ** 2 / K;
    case 'bce':
      return (a) => -(y * Math.log(a) + (1 - y) * Math.log(1 - a));
    case 'ce':
      return (a) => -y * Math.log(a);
  }
}

function lossSlopeTex(loss: Loss, A: string, Y: string, K: number): string {
  switch (loss) {
    case 'half_sse':
      return `${A} - ${Y}`;
    case 'mse':
      return `\\frac{2}{${K}}(${A} - ${Y})`;
    case 'bce':
      return `-\\frac{${Y}}{${A}} + \\frac{1 - ${Y}}{1 - ${A}}`;
    case 'ce':
      return `-\\frac{${Y}}{${A}}`;
  }
}

function activationSlopeTex(
  f: Activation,
  cross: boolean,
  Ai: string,
  Aq: string,
  Z: string,
): string {
  switch (f) {
    case 'sigmoid':
      return `${Ai}\\,(1 - ${Ai})`;
    case 'tanh':
      return `1 - ${Ai}^2`;
    case 'relu':
      return `\\begin{cases} 1 & ${Z} > 0 \\\\ 0 & ${Z} \\le 0 \\end{cases}`;
    case 'linear':
      return '1';
    case 'softmax':
      return cross ? `-${Ai}\\,${Aq}` : `${Ai}\\,(1 - ${Ai})`;
  }
}
