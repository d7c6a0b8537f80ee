/**
 * expression.ts: the one tree a row's symbols, numbers, value and self-check terms all come
 * from. Each expectation is written out by hand from the row a reader should see.
 */

import { describe, expect, it } from 'vitest';
import {
  constant,
  evaluate,
  expand,
  expressionRow,
  expressionRows,
  group,
  type Leaf,
  leaf,
  product,
  substituted,
  sum,
  symbolic,
} from '../../src/derivation/expression.ts';
import type { Quantity } from '../../src/derivation/quantity.ts';

const a = (unit: number): Quantity => ({ q: 'a', sample: 0, layer: 1, unit });
const w = (col: number): Quantity => ({
  q: 'param',
  param: { kind: 'weight', layer: 2, row: 0, col },
});
const L = (symbol: string, value: number, of: Quantity, more: Partial<Leaf> = {}) =>
  leaf({ symbol, value, of, ...more });

const w0 = L('w_0', 0.15, w(0));
const a0 = L('a_0', 0.8, a(0));
const w1 = L('w_1', -0.5, w(1));
const a1 = L('a_1', 0.4, a(1));
/** w₀a₀ + w₁a₁ with w₁ negative: the shape of a forward-pass z. */
const z = sum([product([w0, a0], true), product([w1, a1], true)]);

describe('evaluate', () => {
  it('adds products of leaves', () => {
    expect(evaluate(z)).toBeCloseTo(0.15 * 0.8 - 0.5 * 0.4, 15);
  });

  it('subtracts a term marked minus, reads constants and groups', () => {
    const e = {
      sum: [{ term: constant('\\tfrac12', '\\tfrac12', 0.5) }, { term: group(a0), minus: true }],
    };
    expect(evaluate(e)).toBeCloseTo(0.5 - 0.8, 15);
    expect(evaluate(product([constant('2', '2', 2), L('x', 3, a(0))]))).toBe(6);
    expect(evaluate(product([]))).toBe(1);
    expect(evaluate(sum([]))).toBe(0);
  });
});

describe('expand', () => {
  it('multiplies out a sum of products, one product of numbers per term', () => {
    expect(expand(z)).toEqual([
      [0.15, 0.8],
      [-0.5, 0.4],
    ]);
  });

  it('distributes a product over a grouped sum, and signs a minus term with −1', () => {
    const e = product([constant('2', '2', 2), group(sum([a0, a1]))]);
    expect(expand(e)).toEqual([
      [2, 0.8],
      [2, 0.4],
    ]);
    expect(expand({ sum: [{ term: a0 }, { term: product([w0, a1]), minus: true }] })).toEqual([
      [0.8],
      [-1, 0.15, 0.4],
    ]);
    expect(expand(product([]))).toEqual([[]]);
  });
});

describe('symbolic and substituted', () => {
  it('writes symbols side by side when juxtaposed, numbers with a dot', () => {
    expect(symbolic(z).map((p) => p.tex)).toEqual(['w_0', '\\,', 'a_0', '+', 'w_1', '\\,', 'a_1']);
    const numbers = substituted(z);
    expect(numbers.map((p) => p.tex ?? p.value)).toEqual([
      0.15,
      '\\cdot',
      0.8,
      '+',
      -0.5,
      '\\cdot',
      0.4,
    ]);
    // −0.5 follows a + : bracketed, (−0.5); the first number is not.
    expect(numbers.map((p) => p.paren)).toEqual([
      false,
      undefined,
      true,
      undefined,
      true,
      undefined,
      true,
    ]);
  });

  it('writes a product with \\cdot in symbols too when not juxtaposed', () => {
    expect(symbolic(product([w0, a0])).map((p) => p.tex)).toEqual(['w_0', '\\cdot', 'a_0']);
  });

  it('a lone negative number after + reads as a subtraction of its size', () => {
    const e = sum([a0, w1]);
    const parts = substituted(e);
    expect(parts.map((p) => p.tex ?? p.value)).toEqual([0.8, -0.5]);
    expect(parts[1].paren).toBe(false);
    // In symbols the + stays.
    expect(symbolic(e).map((p) => p.tex)).toEqual(['a_0', '+', 'w_1']);
  });

  it('a negative number first in a row that follows a sign is bracketed', () => {
    expect(substituted(product([w1, a0]), true)[0]).toMatchObject({ value: -0.5, paren: true });
    expect(substituted(product([w1, a0]))[0]).toMatchObject({ value: -0.5, paren: false });
    // So is a lone negative number that opens a sum there: + (−0.5) + 0.8, not + −0.5 + 0.8.
    expect(substituted(sum([w1, a0]), true)[0]).toMatchObject({ value: -0.5, paren: true });
    expect(substituted(sum([w1, a0]))[0]).toMatchObject({ value: -0.5, paren: false });
  });

  it('an empty product after a sign writes only the sign (nothing to light with it)', () => {
    expect(symbolic(sum([a0, product([])])).map((p) => p.tex)).toEqual(['a_0', '+']);
    expect(symbolic(sum([a0, product([])]))[1]).toEqual({ tex: '+' });
  });

  it('a minus term gets a − and its first number a bracket', () => {
    const e = { sum: [{ term: a0 }, { term: w1, minus: true }] };
    const parts = substituted(e);
    expect(parts.map((p) => p.tex ?? p.value)).toEqual([0.8, '-', -0.5]);
    expect(parts[2].paren).toBe(true);
    const first = substituted({ sum: [{ term: w1, minus: true }] });
    expect(first.map((p) => p.tex ?? p.value)).toEqual(['-', -0.5]);
    expect(first[1].paren).toBe(true);
  });

  it('groups in large brackets, whose first number needs none', () => {
    const e = product([a0, group(sum([w1, a1]))]);
    expect(symbolic(e).map((p) => p.tex)).toEqual([
      'a_0',
      '\\cdot',
      '\\Big(',
      'w_1',
      '+',
      'a_1',
      '\\Big)',
    ]);
    const parts = substituted(e);
    expect(parts.map((p) => p.tex ?? p.value)).toEqual([
      0.8,
      '\\cdot',
      '\\Big(',
      -0.5,
      '+',
      0.4,
      '\\Big)',
    ]);
    expect(parts[3].paren).toBe(false);
  });

  it('writes a constant as its symbolic TeX in one row and its substituted TeX in the other', () => {
    const e = product([constant('\\tfrac{1}{m}', '\\tfrac{1}{4}', 0.25), a0]);
    expect(symbolic(e).map((p) => p.tex)).toEqual(['\\tfrac{1}{m}', '\\cdot', 'a_0']);
    expect(substituted(e).map((p) => p.tex ?? p.value)).toEqual(['\\tfrac{1}{4}', '\\cdot', 0.8]);
  });

  it('carries each leaf’s quantity, factor, colour and frame to its symbol and its number', () => {
    const factor = { kind: 'weight', layer: 2, j: 0, k: 1 } as never;
    const lit = L('w_1', -0.5, w(1), { factor, color: 3, reveal: 2 });
    const e = sum([a0, product([lit, a1])]);
    const sym = symbolic(e);
    expect(sym[2]).toEqual({ tex: 'w_1', of: w(1), factor, color: 3, reveal: 2 });
    expect(substituted(e)[2]).toEqual({
      value: -0.5,
      of: w(1),
      factor,
      color: 3,
      reveal: 2,
      paren: true,
    });
    // A leaf without them carries only its quantity.
    expect(sym[0]).toEqual({ tex: 'a_0', of: a(0) });
    // The operator before a revealed part appears with it.
    expect(sym[1]).toEqual({ tex: '+', reveal: 2 });
    expect(symbolic(sum([a1, a0]))[1]).toEqual({ tex: '+' });
  });
});

describe('expression rows', () => {
  const result = { value: -0.08, of: { q: 'z', sample: 0, layer: 2, unit: 0 } as Quantity };
  const lhs = [{ tex: 'z' }];

  it('two rows: symbols, then numbers = value, with the terms behind it', () => {
    const [first, second] = expressionRows(lhs, z, result, { reveal: 1 });
    expect(first).toEqual({ kind: 'symbolic', lhs, rel: '=', rhs: symbolic(z), reveal: 1 });
    expect(second).toEqual({
      kind: 'substituted',
      lhs: [],
      rel: '=',
      rhs: [...substituted(z), { tex: '=' }, { value: -0.08, of: result.of }],
      value: -0.08,
      terms: [
        [0.15, 0.8],
        [-0.5, 0.4],
      ],
      reveal: 1,
    });
  });

  it('one row: symbols = numbers = value', () => {
    const row = expressionRow(lhs, z, result);
    expect(row.kind).toBe('value');
    expect(row.lhs).toBe(lhs);
    expect(row.rel).toBe('=');
    expect(row.rhs).toEqual([
      ...symbolic(z),
      { tex: '=' },
      ...substituted(z),
      { tex: '=' },
      { value: -0.08, of: result.of },
    ]);
    expect(row.value).toBe(-0.08);
    expect(row.terms).toEqual(expand(z));
  });
});
