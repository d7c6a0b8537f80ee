/** Training a preset with full-batch gradient descent: its loss curve and what it has learned. */

import type { NetworkSpec } from '../engine/spec.ts';
import { trace } from '../engine/trace.ts';
import { train } from '../engine/train.ts';
import type { Notation } from './notation.ts';
import { mat, num, tex } from './parts.ts';
import type { Equation } from './types.ts';

export function trainingRows(
  spec: NetworkSpec,
  learningRate: number,
  steps: number,
  n: Notation,
): Equation[] {
  const run = train(spec, learningRate, steps);
  const after = trace(run.spec);
  const L = spec.layers.length - 1;
  const outputs = after.samples.map((s) => [...s.layers[L - 1].a]);
  const targets = spec.samples.map((s) => [...s.y]);
  return [
    {
      kind: 'definition',
      lhs: [tex('\\eta')],
      rel: '=',
      rhs: [num(learningRate), tex(`,\\quad T = ${steps}`)],
    },
    {
      kind: 'matrix',
      lhs: [tex(n.J)],
      rel: ':',
      rhs: [
        num(run.loss[0]),
        tex('\\longrightarrow'),
        num(run.loss[steps]),
        { figure: { kind: 'curve', values: run.loss } },
      ],
    },
    {
      kind: 'matrix',
      lhs: [tex('\\hat Y')],
      rel: '=',
      rhs: [mat(outputs), tex('\\quad Y ='), mat(targets)],
    },
  ];
}
