/**
 * Reads the arithmetic a row shows, from its LaTeX: numbers, + − · × /, ⊙ ∘ (Hadamard), brackets,
 * \frac, powers, transposes, bmatrix literals (side by side: a matrix product), and the
 * activations and logarithms the derivation writes. It shares no code with src/, so a row that
 * evaluates here to what it says evaluates to it as a reader would work it out.
 *
 * Anything else (a symbol, ∂, Σ, \text) makes a segment "not numeric"; such segments are skipped.
 */

import { normalCdf } from './scalarAutodiff';

export type Value = number | number[][];

export class NotNumeric extends Error {}

/** Splits a row's LaTeX at its top-level relations and evaluates each numeric segment. */
export function segments(latex: string): { relation: string; value: Value | null; text: string }[] {
  const out: { relation: string; value: Value | null; text: string }[] = [];
  let depth = 0;
  let start = 0;
  let relation = '';
  const push = (end: number, next: string) => {
    const text = latex.slice(start, end);
    out.push({ relation, value: numericValue(text), text });
    relation = next;
  };
  for (let i = 0; i < latex.length; i++) {
    const c = latex[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0 && c === '\\' && latex.startsWith('\\begin', i)) {
      const end = latex.indexOf('\\end{', i);
      i = latex.indexOf('}', end + 5);
    } else if (depth === 0) {
      const rel = RELATIONS.find(
        (r) => latex.startsWith(r, i) && !/[a-zA-Z]/.test(latex[i + r.length] ?? ''),
      );
      if (rel !== undefined || c === '=' || c === ':') {
        const r = rel ?? c;
        push(i, r);
        start = i + r.length;
        i += r.length - 1;
      }
    }
  }
  push(latex.length, '');
  return out;
}

const RELATIONS = [
  '\\approx',
  '\\neq',
  '\\leftarrow',
  '\\longrightarrow',
  '\\Rightarrow',
  '\\gg',
  '\\sim',
];

function numericValue(text: string): Value | null {
  if (text.trim() === '') return null;
  try {
    return new Parser(tokenize(text)).parseAll();
  } catch (e) {
    if (e instanceof NotNumeric) return null;
    throw e;
  }
}

const IGNORED = new Set([
  '\\,',
  '\\;',
  '\\:',
  '\\!',
  '\\quad',
  '\\qquad',
  '\\ ',
  '{}',
  '\\left',
  '\\right',
  '\\Big',
  '\\big',
  '\\Bigg',
  '\\bigg',
]);

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const re =
    /\\begin\{bmatrix\}|\\end\{bmatrix\}|\\\\|\\[a-zA-Z]+|\\[,;:! ]|\{\}|\d+(?:\.\d+)?|\S/g;
  for (const m of text.matchAll(re)) {
    const t = m[0];
    if (!IGNORED.has(t)) tokens.push(t);
  }
  return tokens;
}

const FUNCTIONS: Record<string, (x: number) => number> = {
  '\\sigma': (x) => 1 / (1 + Math.exp(-x)),
  '\\tanh': Math.tanh,
  '\\ln': Math.log,
  '\\log': Math.log,
  '\\exp': Math.exp,
};
const OPERATOR_NAMES: Record<string, (x: number) => number> = {
  relu: (x) => Math.max(0, x),
  lrelu: (x) => (x > 0 ? x : 0.01 * x),
  id: (x) => x,
  softplus: (x) => Math.log1p(Math.exp(x)),
  gelu: (x) => x * normalCdf(x),
};

class Parser {
  private i = 0;
  constructor(private readonly t: string[]) {}

  parseAll(): Value {
    const v = this.expr();
    if (this.i < this.t.length)
      throw new NotNumeric(`left over: ${this.t.slice(this.i).join(' ')}`);
    return v;
  }

  private peek(): string | undefined {
    return this.t[this.i];
  }
  private next(): string {
    const t = this.t[this.i++];
    if (t === undefined) throw new NotNumeric('ran out');
    return t;
  }
  private expect(t: string) {
    if (this.next() !== t) throw new NotNumeric(`expected ${t}`);
  }

  private expr(): Value {
    let v = this.term();
    for (;;) {
      const op = this.peek();
      if (op !== '+' && op !== '-') return v;
      this.i++;
      const r = this.term();
      v = elementwise(v, r, op === '+' ? (a, b) => a + b : (a, b) => a - b);
    }
  }

  private term(): Value {
    let v = this.unary();
    for (;;) {
      const op = this.peek();
      if (op === '\\cdot' || op === '\\times') {
        this.i++;
        v = multiply(v, this.unary());
      } else if (op === '/') {
        this.i++;
        v = elementwise(v, this.unary(), (a, b) => a / b);
      } else if (op === '\\odot' || op === '\\circ') {
        this.i++;
        v = elementwise(v, this.unary(), (a, b) => a * b, true);
      } else if (op !== undefined && this.startsPrimary(op)) {
        v = multiply(v, this.unary());
      } else return v;
    }
  }

  private startsPrimary(t: string): boolean {
    return (
      /^\d/.test(t) ||
      ['(', '[', '{', '\\begin{bmatrix}', '\\frac', '\\tfrac', '\\operatorname'].includes(t) ||
      t in FUNCTIONS
    );
  }

  private unary(): Value {
    if (this.peek() === '-') {
      this.i++;
      return elementwise(-1, this.unary(), (a, b) => a * b);
    }
    return this.postfix();
  }

  private postfix(): Value {
    let v = this.primary();
    while (this.peek() === '^') {
      this.i++;
      const group = this.next();
      if (group === '{') {
        if (this.peek() === '\\top') {
          this.i++;
          this.expect('}');
          v = transpose(v);
          continue;
        }
        const e = this.expr();
        this.expect('}');
        v = power(v, e);
      } else if (/^\d$/.test(group)) v = power(v, Number(group));
      else throw new NotNumeric('power');
    }
    return v;
  }

  private primary(): Value {
    const t = this.next();
    if (/^\d/.test(t)) return Number(t);
    if (t === '(' || t === '[') {
      const v = this.expr();
      this.expect(t === '(' ? ')' : ']');
      return v;
    }
    if (t === '{') {
      const v = this.expr();
      this.expect('}');
      return v;
    }
    if (t === '\\frac' || t === '\\tfrac') {
      this.expect('{');
      const a = this.expr();
      this.expect('}');
      this.expect('{');
      const b = this.expr();
      this.expect('}');
      return elementwise(a, b, (x, y) => x / y);
    }
    if (t in FUNCTIONS) return apply(FUNCTIONS[t], this.postfix());
    if (t === '\\operatorname') {
      this.expect('{');
      let name = '';
      while (this.peek() !== '}') name += this.next();
      this.i++;
      const f = OPERATOR_NAMES[name];
      if (!f) throw new NotNumeric(`operator ${name}`);
      return apply(f, this.postfix());
    }
    if (t === '\\begin{bmatrix}') return this.matrix();
    throw new NotNumeric(`token ${t}`);
  }

  private matrix(): number[][] {
    const rows: number[][] = [[]];
    for (;;) {
      const v = this.expr();
      if (typeof v !== 'number') throw new NotNumeric('matrix in a matrix');
      rows[rows.length - 1].push(v);
      const t = this.next();
      if (t === '&') continue;
      if (t === '\\\\') rows.push([]);
      else if (t === '\\end{bmatrix}') return rows;
      else throw new NotNumeric(`in a matrix: ${t}`);
    }
  }
}

function apply(f: (x: number) => number, v: Value): Value {
  return typeof v === 'number' ? f(v) : v.map((r) => r.map(f));
}

function power(v: Value, e: Value): Value {
  if (typeof e !== 'number') throw new NotNumeric('matrix power');
  return apply((x) => x ** e, v);
}

function transpose(v: Value): Value {
  if (typeof v === 'number') return v;
  return v[0].map((_, k) => v.map((r) => r[k]));
}

function elementwise(
  a: Value,
  b: Value,
  f: (x: number, y: number) => number,
  sameShape = false,
): Value {
  if (typeof a === 'number' && typeof b === 'number') return f(a, b);
  if (typeof a === 'number') {
    if (sameShape) throw new ShapeError('⊙ of a number and a matrix');
    return (b as number[][]).map((r) => r.map((y) => f(a, y)));
  }
  if (typeof b === 'number') {
    if (sameShape) throw new ShapeError('⊙ of a matrix and a number');
    return a.map((r) => r.map((x) => f(x, b)));
  }
  if (a.length !== b.length || a[0].length !== b[0].length)
    throw new ShapeError(`${a.length}×${a[0].length} against ${b.length}×${b[0].length}`);
  return a.map((r, i) => r.map((x, j) => f(x, b[i][j])));
}

function multiply(a: Value, b: Value): Value {
  if (typeof a === 'number' || typeof b === 'number') return elementwise(a, b, (x, y) => x * y);
  if (a[0].length !== b.length)
    throw new ShapeError(`(${a.length}×${a[0].length})(${b.length}×${b[0].length})`);
  return a.map((r) => b[0].map((_, k) => r.reduce((s, x, j) => s + x * b[j][k], 0)));
}

/** Shapes a row writes side by side that cannot be multiplied or added. */
export class ShapeError extends Error {}
