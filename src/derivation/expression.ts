/**
 * The one shape most rows share: a symbolic expression, then the same expression with the
 * network's numbers, then its value. Both rows are drawn from one expression tree whose leaves
 * are named numbers, so what is drawn and what is checked cannot drift apart: the symbol and the
 * number in a place come from the same leaf, and the row's terms (for self-check) and value are
 * worked out from the same tree.
 */

import { num, tex } from './parts.ts';
import type { Quantity } from './quantity.ts';
import type { Equation, FactorKey, Part } from './types.ts';

/** One named number: the symbol it stands for, its value, and what it is. */
export interface Leaf {
  symbol: string;
  value: number;
  of: Quantity;
  /** The graph edge whose local derivative this is, and its colour slot. */
  factor?: FactorKey;
  color?: number;
  /** Animation frame at which it appears. */
  reveal?: number;
}

export type Expr =
  | { leaf: Leaf }
  /** A number written as TeX in both rows (1/m as \frac{1}{4}), not a quantity of the network. */
  | { constant: { symbolic: string; substituted: string; value: number } }
  /** Terms joined by + (or − where `minus`). */
  | { sum: readonly { term: Expr; minus?: boolean }[] }
  /** Factors joined by ·; symbols side by side when `juxtapose` (w a, but 0.15 · 0.8). */
  | { product: readonly Expr[]; juxtapose?: boolean }
  /** An expression in large brackets. */
  | { group: Expr };

export const leaf = (l: Leaf): Expr => ({ leaf: l });
export const product = (factors: readonly Expr[], juxtapose = false): Expr => ({
  product: factors,
  juxtapose,
});
export const sum = (terms: readonly Expr[]): Expr => ({ sum: terms.map((term) => ({ term })) });
export const group = (e: Expr): Expr => ({ group: e });
export const constant = (symbolic: string, substituted: string, value: number): Expr => ({
  constant: { symbolic, substituted, value },
});

/** The value the expression comes to. */
export function evaluate(e: Expr): number {
  if ('leaf' in e) return e.leaf.value;
  if ('constant' in e) return e.constant.value;
  if ('group' in e) return evaluate(e.group);
  if ('product' in e) return e.product.reduce((p, f) => p * evaluate(f), 1);
  return e.sum.reduce((s, t) => s + (t.minus ? -1 : 1) * evaluate(t.term), 0);
}

/** The expression multiplied out into a sum of products of numbers (a self-check hint). */
export function expand(e: Expr): number[][] {
  if ('leaf' in e) return [[e.leaf.value]];
  if ('constant' in e) return [[e.constant.value]];
  if ('group' in e) return expand(e.group);
  if ('sum' in e)
    return e.sum.flatMap((t) => expand(t.term).map((p) => (t.minus ? [-1, ...p] : p)));
  return e.product.reduce<number[][]>(
    (products, f) => products.flatMap((p) => expand(f).map((q) => [...p, ...q])),
    [[]],
  );
}

/** The expression in symbols. */
export function symbolic(e: Expr): Part[] {
  return write(e, 'symbols', true);
}

/**
 * The expression with the numbers put in; a negative number after an operator is bracketed, and
 * so is a first one when the expression follows a sign (`afterSign`, a row that continues a sum).
 */
export function substituted(e: Expr, afterSign = false): Part[] {
  return write(e, 'numbers', !afterSign);
}

function write(e: Expr, as: 'symbols' | 'numbers', first: boolean): Part[] {
  if ('leaf' in e) {
    const { symbol, value, of, factor, color, reveal } = e.leaf;
    const extra = {
      of,
      ...(factor !== undefined ? { factor } : {}),
      ...(color !== undefined ? { color } : {}),
      ...(reveal !== undefined ? { reveal } : {}),
    };
    return [as === 'symbols' ? tex(symbol, extra) : num(value, { ...extra, paren: !first })];
  }
  if ('constant' in e)
    return [tex(as === 'symbols' ? e.constant.symbolic : e.constant.substituted)];
  if ('group' in e) return [tex('\\Big('), ...write(e.group, as, true), tex('\\Big)')];
  if ('product' in e) {
    const between = as === 'symbols' && e.juxtapose ? '\\,' : '\\cdot';
    return e.product.flatMap((f, i) => {
      const parts = write(f, as, first && i === 0);
      return i === 0 ? parts : [operator(between, parts), ...parts];
    });
  }
  return e.sum.flatMap((t, i) => {
    const lone = 'leaf' in t.term && as === 'numbers' && !t.minus && t.term.leaf.value < 0;
    // A lone negative number after a + reads as a subtraction: 0.1 − 0.2, not 0.1 + (−0.2).
    if (i > 0 && lone) return write(t.term, as, true);
    const parts = write(t.term, as, first && i === 0 && !t.minus);
    if (i === 0 && !t.minus) return parts;
    return [operator(t.minus ? '-' : '+', parts), ...parts];
  });
}

/** An operator that appears with what follows it. */
function operator(text: string, after: Part[]): Part {
  const reveal = after[0]?.reveal;
  return tex(text, reveal !== undefined ? { reveal } : {});
}

/**
 * lhs = expression in symbols, then = the same with numbers = its value: two rows, the second
 * carrying the value and the terms behind it.
 */
export function expressionRows(
  lhs: Part[],
  e: Expr,
  result: { value: number; of: Quantity },
  extra: Partial<Pick<Equation, 'reveal' | 'delta'>> = {},
): [Equation, Equation] {
  return [
    { kind: 'symbolic', lhs, rel: '=', rhs: symbolic(e), ...extra },
    {
      kind: 'substituted',
      lhs: [],
      rel: '=',
      rhs: [...substituted(e), tex('='), num(result.value, { of: result.of })],
      value: result.value,
      terms: expand(e),
      ...extra,
    },
  ];
}

/** lhs = expression in symbols = the same with numbers = its value, in one row. */
export function expressionRow(
  lhs: Part[],
  e: Expr,
  result: { value: number; of: Quantity },
  extra: Partial<Pick<Equation, 'reveal' | 'delta'>> = {},
): Equation {
  return {
    kind: 'value',
    lhs,
    rel: '=',
    rhs: [
      ...symbolic(e),
      tex('='),
      ...substituted(e),
      tex('='),
      num(result.value, { of: result.of }),
    ],
    value: result.value,
    terms: expand(e),
    ...extra,
  };
}
