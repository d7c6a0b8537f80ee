/**
 * Every number in its place: for every step of every preset (and of the general storyline on
 * networks of other shapes), each number shown is read off the displayed parts and held against
 * an independent computation of the quantity it says it is (test/support/reference.ts); each
 * substituted row puts its numbers where the symbolic row above it has their symbols; and each
 * row's displayed arithmetic, read back from its LaTeX, comes to the result it shows.
 */

import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/cli/contentFiles.ts';
import { readPresets } from '../../src/content/read.ts';
import { makeNotation } from '../../src/derivation/notation.ts';
import { formatTexNumber } from '../../src/derivation/number.ts';
import { equationTex } from '../../src/derivation/parts.ts';
import type { Quantity } from '../../src/derivation/quantity.ts';
import { buildSteps, DEFAULT_LEARNING_RATE } from '../../src/derivation/storyline.ts';
import type { Equation, Part, Step } from '../../src/derivation/types.ts';
import { randomNetwork } from '../../src/engine/random.ts';
import type { NetworkSpec } from '../../src/engine/spec.ts';
import { trace } from '../../src/engine/trace.ts';
import type { Block, StepSpec } from '../../src/schema/steps.ts';
import { reference } from '../support/reference.ts';
import { segments, type Value } from '../support/texArithmetic.ts';

/** Blocks whose numbers come from another computation than the trace, checked on their own. */
const OWN_NUMBERS: ReadonlySet<Block> = new Set(['proof', 'jacobian', 'cost', 'train']);

const presets = readPresets(readContentDir()).presets;

const networks: [string, NetworkSpec][] = [
  [
    '3→4→3 tanh/softmax with ce, 4 samples, λ',
    randomNetwork({
      layers: [3, 4, 3],
      activations: ['tanh', 'softmax'],
      loss: 'ce',
      l2: 0.1,
      samples: 4,
      seed: 31,
    }),
  ],
  [
    '2→3→1 relu/sigmoid bce without biases, sum',
    randomNetwork({
      layers: [2, 3, 1],
      activations: ['relu', 'sigmoid'],
      loss: 'bce',
      reduction: 'sum',
      biases: false,
      samples: 3,
      seed: 32,
    }),
  ],
  [
    '3→5→4→3 sigmoid, softmax hidden, linear, mse',
    randomNetwork({
      layers: [3, 5, 4, 3],
      activations: ['sigmoid', 'softmax', 'linear'],
      loss: 'mse',
      samples: 2,
      seed: 33,
    }),
  ],
  [
    '2→3→2 gelu/softplus half_sse',
    randomNetwork({
      layers: [2, 3, 2],
      activations: ['gelu', 'softplus'],
      loss: 'half_sse',
      samples: 2,
      seed: 35,
    }),
  ],
  [
    '2→2→2 leaky relu/tanh with λ, mean',
    randomNetwork({
      layers: [2, 2, 2],
      activations: ['leaky_relu', 'tanh'],
      loss: 'half_sse',
      l2: 0.05,
      samples: 3,
      seed: 36,
    }),
  ],
  [
    '6 layers of 6, too many paths to list',
    randomNetwork({
      layers: [6, 6, 6, 6, 6, 6, 6],
      activations: ['tanh', 'tanh', 'tanh', 'tanh', 'tanh', 'sigmoid'],
      loss: 'half_sse',
      samples: 2,
      seed: 34,
    }),
  ],
];

/** Built on first use, so a run that filters these tests out (npm run mutate) skips the work. */
const once = <T>(make: () => T): (() => T) => {
  let made: T | undefined;
  return () => {
    made ??= make();
    return made;
  };
};

const cases: {
  name: string;
  spec: NetworkSpec;
  steps: () => Step[];
  specs: readonly StepSpec[];
}[] = [
  ...networks.map(([name, spec]) => ({
    name: `general storyline of ${name}`,
    spec,
    steps: once(() => buildSteps(trace(spec))),
    specs: [] as StepSpec[],
  })),
  ...presets.map((p) => ({
    name: `preset ${p.spec.id}`,
    spec: p.spec,
    steps: once(() =>
      buildSteps(trace(p.spec), {
        steps: p.steps,
        notation: makeNotation(p.notation),
        learningRate: p.learningRate,
      }),
    ),
    specs: p.steps ?? [],
  })),
];

const close = (a: number, b: number, scale: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-13 * scale;

function sameValue(a: Value, b: Value, scale: number, tolerance = 1e-9): boolean {
  const near = (x: number, y: number) =>
    Math.abs(x - y) <= tolerance * Math.max(Math.abs(x), Math.abs(y)) + 1e-13 * scale;
  if (typeof a === 'number' || typeof b === 'number')
    return typeof a === 'number' && typeof b === 'number' && near(a, b);
  return (
    a.length === b.length &&
    a.every((row, i) => row.length === b[i].length && row.every((x, j) => near(x, b[i][j])))
  );
}

const describeQ = (q: Quantity) => JSON.stringify(q);
const parts = (row: Equation) => [...row.lhs, ...row.rhs];
const numbersOf = (row: Equation) =>
  parts(row).flatMap((p) => [
    ...(p.value !== undefined ? [p.value] : []),
    ...(p.matrix?.flat() ?? []),
  ]);

/** The quantities a row's symbols and numbers stand for, in reading order. */
const symbolOrder = (ps: readonly Part[]) =>
  ps.filter((p) => p.tex !== undefined && p.of).map((p) => describeQ(p.of as Quantity));
const numberOrder = (ps: readonly Part[]) =>
  ps.filter((p) => p.value !== undefined && p.of).map((p) => describeQ(p.of as Quantity));

describe.each(cases)('$name', ({ spec, steps: stepsOf, specs }) => {
  const refOf = once(() => reference(spec));
  const blockOf = (i: number): Block | undefined => specs[i]?.block;
  const rateOf = (i: number) => specs[i]?.learningRate ?? DEFAULT_LEARNING_RATE;

  it('every number shown is the quantity it says it is, computed independently', () => {
    const steps = stepsOf();
    const ref = refOf();
    let checked = 0;
    steps.forEach((step, i) => {
      const own = OWN_NUMBERS.has(blockOf(i) as Block);
      const shownBefore: number[] = [];
      for (const row of step.equations) {
        const where = `step ${step.id}: ${equationTex(row)}`;
        for (const p of parts(row)) {
          const cells: [number, Quantity | undefined][] =
            p.value !== undefined
              ? [[p.value, p.of]]
              : (p.matrix?.flatMap((r, a) =>
                  r.map((v, b): [number, Quantity | undefined] => [v, p.ofCells?.[a]?.[b]]),
                ) ?? []);
          for (const [v, q] of cells) {
            if (!q) {
              expect(own, `a number without a name, ${v}, in ${where}`).toBe(true);
              continue;
            }
            if (q.q === 'carried') {
              expect(
                shownBefore.some((u) => u === v),
                `${v} carried from no earlier row, in ${where}`,
              ).toBe(true);
              continue;
            }
            const truth = ref.valueOf(q, { learningRate: rateOf(i) });
            expect(truth, `${describeQ(q)} does not exist, in ${where}`).toBeDefined();
            expect(
              close(v, truth as number, 1),
              `${v} shown as ${describeQ(q)} = ${truth}, in ${where}`,
            ).toBe(true);
            checked++;
          }
        }
        shownBefore.push(...numbersOf(row), ...(row.value !== undefined ? [row.value] : []));
      }
    });
    expect(checked).toBeGreaterThan(0);
  });

  it('a substituted row puts each number where the row above has its symbol', () => {
    const steps = stepsOf();
    let paired = 0;
    for (const step of steps) {
      const rows = step.equations;
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r];
        // One row "symbols = numbers = value": split at the first '=' between them.
        if (row.kind === 'value' && symbolOrder(row.rhs).length > 0) {
          const at = row.rhs.findIndex((p, k) => p.tex === '=' && k > 0);
          const symbols = symbolOrder(row.rhs.slice(0, at));
          const numbers = numberOrder(row.rhs.slice(at + 1)).slice(0, symbols.length);
          expect(numbers, `step ${step.id}: ${equationTex(row)}`).toEqual(symbols);
          paired++;
        }
        if (row.kind !== 'symbolic') continue;
        // A run of symbolic rows, then the same number of substituted rows, pair in order.
        let end = r;
        while (rows[end + 1]?.kind === 'symbolic') end++;
        const run = end - r + 1;
        const subs = rows.slice(end + 1, end + 1 + run);
        if (subs.length !== run || subs.some((s) => s.kind !== 'substituted')) continue;
        for (let k = 0; k < run; k++) {
          const symbols = symbolOrder(rows[r + k].rhs);
          if (symbols.length === 0) continue;
          // The last number of a substituted row is its result, which the lhs names.
          const numbers = numberOrder(subs[k].rhs);
          expect(
            numbers.slice(0, symbols.length),
            `step ${step.id}: ${equationTex(rows[r + k])} / ${equationTex(subs[k])}`,
          ).toEqual(symbols);
          const lhs = symbolOrder(rows[r + k].lhs);
          // A row that ends in its result gives the quantity its left side names.
          if (lhs.length === 1 && run === 1 && numbers.length === symbols.length + 1)
            expect(numbers.at(-1), equationTex(subs[k])).toBe(lhs[0]);
          paired++;
        }
        r = end;
      }
    }
    // A storyline made only of the article's own blocks (a proof, a cost) has no such pairs.
    if (steps.some((_, i) => !OWN_NUMBERS.has(blockOf(i) as Block)))
      expect(paired).toBeGreaterThan(0);
  });

  it("every row's arithmetic, read back from its LaTeX, comes to the result it shows", () => {
    const steps = stepsOf();
    let checked = 0;
    const unchecked: string[] = [];
    for (const step of steps) {
      // A row with nothing on its left continues the line above it ("= …", "+ …"), as it reads.
      const lines: Equation[][] = [];
      for (const row of step.equations) {
        if (row.kind === 'definition' || row.kind === 'general') {
          lines.push([]);
          continue;
        }
        const line = lines.at(-1);
        if (line && line.length > 0 && row.lhs.length === 0) line.push(row);
        else lines.push([row]);
      }
      for (const line of lines.filter((l) => l.length > 0)) {
        const write = (v: number) => formatTexNumber(v, 17);
        const latex = line
          .map((row, i) =>
            i === 0 ? equationTex(row, write) : equationTex({ ...row, lhs: [] }, write),
          )
          .join(' ');
        const shown = line.map((row) => equationTex(row)).join(' ');
        const scale = Math.max(1, ...line.flatMap(numbersOf).map(Math.abs));
        let last: Value | null = null;
        let approx = false;
        let compared = false;
        for (const s of segments(latex)) {
          // s.relation joins the segment before to this one; ≠, →, ← and : break the chain.
          if (s.relation === '\\approx') approx = true;
          else if (s.relation !== '=' && s.relation !== '') last = null;
          if (s.value === null) continue;
          if (last !== null) {
            expect(
              sameValue(last, s.value, scale, approx ? 1e-6 : 1e-9),
              `step ${step.id}: ${shown}`,
            ).toBe(true);
            compared = true;
            checked++;
          }
          last = s.value;
          approx = false;
        }
        if (!compared && line.some((row) => row.kind === 'substituted' || row.terms !== undefined))
          unchecked.push(`step ${step.id}: ${shown}`);
      }
    }
    expect(unchecked, 'rows with numbers whose arithmetic could not be read').toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});
