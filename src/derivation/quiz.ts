/**
 * A short quiz on one parameter's trace: the factors of its first path in sample 1, one at a
 * time from the loss back, then the path's product, then the gradient all paths add up to.
 * Every answer is the engine's number; hints come from selfCheck.ts.
 */

import type { ParamRef } from '../engine/names.ts';
import { enumeratePaths, paramFactor, pathsFromLoss } from '../engine/paths.ts';
import { sampleGradient, type Trace } from '../engine/trace.ts';
import type { Text } from '../schema/language.ts';
import { type Notation, partial } from './notation.ts';
import { factorKey, factorSymbol } from './paramTrace.ts';
import type { NumberWriter } from './parts.ts';
import { factorHint, type Hint, termHint } from './selfCheck.ts';
import { COLORS, type FactorKey } from './types.ts';

export interface Question {
  /** What is asked for, as a symbol (LaTeX). */
  prompt: string;
  /** Words that say what it is. */
  text: Text;
  answer: number;
  /** The edge it is about, lit in the graph while it is asked; and its colour. */
  factor?: FactorKey;
  color?: number;
  hint: Hint | null;
}

const KIND_TEXT: Record<'loss' | 'activation' | 'weight' | 'param', Text> = {
  loss: {
    en: 'How the loss changes with this output',
    zh: '损失随这个输出的变化率',
  },
  activation: {
    en: 'The slope of the activation here',
    zh: '这里激活函数的斜率',
  },
  weight: {
    en: 'How z changes with the activation below it: the weight on the edge',
    zh: 'z 随下一层激活值的变化率：就是这条边上的权重',
  },
  param: {
    en: 'How z changes with the parameter itself',
    zh: 'z 随这个参数本身的变化率',
  },
};

export function quizFor(t: Trace, p: ParamRef, n: Notation, write: NumberWriter): Question[] {
  const first = enumeratePaths(t, p).next();
  if (first.done) return [];
  const path = first.value;
  const factors: Question[] = path.factors.map((f, k) => ({
    prompt: factorSymbol(f, n),
    text: KIND_TEXT[f.kind],
    answer: f.value,
    factor: factorKey(f),
    color: k % COLORS,
    hint: factorHint(t, factorKey(f), n, write),
  }));
  const s = t.samples[0];
  const delta = s.layers[p.layer - 1].delta[p.row];
  const source = paramFactor(s, p).value;
  const paths = pathsFromLoss(t.spec)[p.layer - 1][p.row];
  return [
    ...factors,
    {
      prompt: path.factors.map((f) => factorSymbol(f, n)).join(' \\cdot '),
      text: {
        en: 'This whole path: the product of its factors',
        zh: '整条路径：各因子的乘积',
      },
      answer: path.product,
      hint: termHint([path.factors.map((f) => f.value)], write),
    },
    {
      prompt: partial(n.Eb, n.param(p)),
      text: {
        en: `The gradient for sample 1: the sum over all ${paths} path${paths === 1 ? '' : 's'}, which backprop gets as δ times the unit's input`,
        zh: `第 1 个样本的梯度：全部 ${paths} 条路径之和；反向传播把它算成 δ 乘以该单元的输入`,
      },
      answer: sampleGradient(s, p),
      hint: termHint([[delta, source]], write),
    },
  ];
}
