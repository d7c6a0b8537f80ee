/**
 * Ng's accumulation (seed 002): Δ⁽ˡ⁾ starts at 0 and each sample adds δ aᵀ — every contribution
 * and the running sum shown — then D⁽ˡ⁾ = Δ⁽ˡ⁾/m + (λ/m)Θ⁽ˡ⁾, the L2 term leaving the bias
 * column alone. With a bias unit the bias is column 0 of every matrix.
 */

import { accumulateLayer } from '../engine/accumulate.ts';
import type { ParamRef } from '../engine/names.ts';
import type { Trace } from '../engine/trace.ts';
import { type Notation, partial } from './notation.ts';
import { num, tex } from './parts.ts';
import type { Quantity } from './quantity.ts';
import type { Equation, Part, TraceFrame } from './types.ts';

type Grid<T> = readonly (readonly T[])[];

/** Puts the bias in column 0 when the notation has a bias unit; transposes for row vectors. */
function shaper(n: Notation, hasBias: boolean) {
  const unit = n.spec.bias === 'unit' && hasBias;
  return <T>(weights: Grid<T>, biases: readonly T[]): T[][] => {
    const joined = weights.map((row, j) => (unit ? [biases[j], ...row] : [...row]));
    return n.spec.vectors === 'row' ? joined[0].map((_, k) => joined.map((r) => r[k])) : joined;
  };
}

/** What each entry of a layer's Δ, D or gradient is, shaped like the engine's W⁽ˡ⁾ and b⁽ˡ⁾. */
function quantities(
  t: Trace,
  l: number,
  weight: (p: ParamRef) => Quantity,
  bias: (p: ParamRef) => Quantity = weight,
): [Quantity[][], Quantity[]] {
  const W = t.spec.weights[l - 1];
  return [
    W.map((row, j) => row.map((_, k) => weight({ kind: 'weight', layer: l, row: j, col: k }))),
    W.map((_, j) => bias({ kind: 'bias', layer: l, row: j })),
  ];
}

/** A matrix of numbers with what each entry is. */
const named = <T extends number>(matrix: Grid<T>, ofCells: Grid<Quantity>): Part => ({
  matrix,
  ofCells,
});

export function accumulateSteps(
  t: Trace,
  l: number,
  n: Notation,
): { equations: Equation[]; frames: TraceFrame[] } {
  const acc = accumulateLayer(t, l);
  const hasBias = t.spec.biases !== undefined;
  const shape = shaper(n, hasBias);
  const Delta = `\\Delta${n.weightSup(l)}`;
  // Sample b's input to the layer, with the bias unit on top when the notation has one.
  const input =
    n.spec.bias === 'unit' && hasBias
      ? `\\begin{bmatrix} ${n.biasUnit(l)} \\\\ ${n.am(l - 1)}_b \\end{bmatrix}^{\\top}`
      : `(${n.am(l - 1)}_b)^{\\top}`;
  const contribution =
    n.spec.vectors === 'row'
      ? `(${n.am(l - 1)}_b)^{\\top}${n.deltam(l)}_b`
      : `${n.deltam(l)}_b\\,${input}`;
  const zero = shape(
    acc.contributions[0].map((row) => row.map(() => 0)),
    acc.contributions[0].map(() => 0),
  );
  const accumulated = (through: number) =>
    shape(...quantities(t, l, (param) => ({ q: 'accumulated', param, through })));
  const contributed = (sample: number) =>
    shape(...quantities(t, l, (param) => ({ q: 'sampleGradient', sample, param })));
  const equations: Equation[] = [
    { kind: 'definition', lhs: [tex(Delta)], rel: ':=', rhs: [named(zero, accumulated(-1))] },
    {
      kind: 'symbolic',
      lhs: [tex(Delta)],
      rel: '\\leftarrow',
      rhs: [tex(`${Delta} + ${contribution}`)],
    },
  ];
  const frames: TraceFrame[] = [];
  acc.contributions.forEach((c, b) => {
    frames.push({ keys: [], color: b % 7 });
    const before = b === 0 ? zero : shape(acc.running[b - 1], acc.biasRunning[b - 1]);
    equations.push({
      kind: 'matrix',
      lhs: [tex(`b = ${b + 1}:`)],
      rel: '',
      rhs: [
        tex(`${Delta} \\leftarrow`),
        named(before, accumulated(b - 1)),
        tex('+'),
        named(shape(c, acc.biasContributions[b]), contributed(b)),
        tex('='),
        named(shape(acc.running[b], acc.biasRunning[b]), accumulated(b)),
      ],
      reveal: frames.length,
    });
  });
  return { equations, frames };
}

export function averageRows(t: Trace, l: number, n: Notation): Equation[] {
  const { spec } = t;
  const acc = accumulateLayer(t, l);
  const hasBias = spec.biases !== undefined;
  const shape = shaper(n, hasBias);
  const m = spec.samples.length;
  const lambda = spec.regularization?.l2 ?? 0;
  const last = acc.running.length - 1;
  const D = `D${n.weightSup(l)}`;
  const Delta = `\\Delta${n.weightSup(l)}`;
  const scale = spec.reduction === 'mean' ? `\\frac{1}{${m}}` : '';
  const W = spec.weights[l - 1];
  // The L2 term sees the weights but not the biases (column 0 with a bias unit).
  const penalised = shape(
    W,
    W.map(() => 0),
  );
  const gradient = shape(t.gradWeights[l - 1], t.gradBiases?.[l - 1] ?? W.map(() => 0));
  const gradientOf = shape(...quantities(t, l, (param) => ({ q: 'gradient', param })));
  const penalisedOf = shape(
    ...quantities(
      t,
      l,
      (param) => ({ q: 'param', param }),
      () => ({ q: 'unpenalised' }),
    ),
  );
  const accumulatedOf = shape(
    ...quantities(t, l, (param) => ({ q: 'accumulated', param, through: last })),
  );
  const unit = n.spec.bias === 'unit' && hasBias;
  const rows: Equation[] = [
    {
      kind: 'symbolic',
      lhs: [tex(`${D}_{ji}`)],
      rel: '=',
      rhs: [
        tex(
          unit
            ? `\\begin{cases} ${scale}${Delta}_{ji} + \\frac{\\lambda}{m}${n.Wm(l)}_{ji} & i \\neq 0 \\\\ ${scale}${Delta}_{ji} & i = 0 \\end{cases}`
            : `${scale}${Delta}_{ji} + \\frac{\\lambda}{m}${n.Wm(l)}_{ji}`,
        ),
      ],
    },
    {
      kind: 'matrix',
      lhs: [tex(D)],
      rel: '=',
      rhs: [
        tex(scale),
        named(shape(acc.running[last], acc.biasRunning[last]), accumulatedOf),
        ...(lambda > 0
          ? [
              tex('+'),
              num(lambda, { of: { q: 'lambda' } }),
              tex(`/${m}\\,\\cdot{}`),
              named(penalised, penalisedOf),
            ]
          : []),
        tex('='),
        named(gradient, gradientOf),
      ],
    },
    { kind: 'definition', lhs: [tex(D)], rel: '=', rhs: [tex(partial(n.J, n.Wm(l)))] },
  ];
  return rows;
}
