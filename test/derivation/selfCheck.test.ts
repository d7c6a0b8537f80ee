import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/cli/contentFiles.ts';
import { readPresets } from '../../src/content/read.ts';
import { formatTexNumber } from '../../src/derivation/number.ts';
import { num, tex } from '../../src/derivation/parts.ts';
import { quizFor } from '../../src/derivation/quiz.ts';
import {
  differenceTex,
  factorHint,
  HINT_STEP,
  termHint,
  withinTolerance,
} from '../../src/derivation/selfCheck.ts';
import { numberSlots, slotKey } from '../../src/derivation/slots.ts';
import type { Equation } from '../../src/derivation/types.ts';
import { paramName } from '../../src/engine/names.ts';
import { allParams } from '../../src/engine/params.ts';
import { enumeratePaths } from '../../src/engine/paths.ts';
import { deriveNetwork } from '../../src/state/derived.ts';
import { reference } from '../support/reference.ts';
import { segments } from '../support/texArithmetic.ts';

const presets = readPresets(readContentDir()).presets;
const write = (v: number) => formatTexNumber(v, 4);
const parses = (tex: string) =>
  katex.renderToString(tex, { throwOnError: true, strict: 'error', displayMode: true });

describe('withinTolerance', () => {
  it('takes answers within 1%, or 10⁻⁴ near zero, and nothing else', () => {
    expect(withinTolerance(0.2465, 0.2463)).toBe(true);
    expect(withinTolerance(0.25, 0.2463)).toBe(false);
    expect(withinTolerance(-1.79, -1.783)).toBe(true);
    expect(withinTolerance(1.783, -1.783)).toBe(false);
    expect(withinTolerance(0.00005, 0)).toBe(true);
    expect(withinTolerance(0.0002, 0)).toBe(false);
    expect(withinTolerance(Number.NaN, 0)).toBe(false);
    expect(withinTolerance(Number.POSITIVE_INFINITY, 1e308)).toBe(false);
  });
});

describe('hints', () => {
  for (const preset of presets) {
    it(`${preset.spec.id}: every factor of every path has a formula that parses and a central difference that measures it`, () => {
      const { trace: t, notation } = deriveNetwork(preset);
      let checked = 0;
      for (const p of allParams(t.spec)) {
        const first = enumeratePaths(t, p).next();
        if (first.done) continue;
        for (const f of first.value.factors) {
          const hint = factorHint(t, `${f.upper}<${f.lower}`, notation, write);
          expect(hint, `${f.upper}<${f.lower}`).not.toBeNull();
          if (!hint) continue;
          parses(hint.formula);
          // The hint gives the inputs, not the answer.
          expect(hint.formula).not.toContain(`= ${write(f.value)}\\quad`);
          expect(hint.difference, `${f.upper}<${f.lower}`).toBeDefined();
          if (hint.difference) {
            parses(differenceTex(hint.difference));
            const measured = (hint.difference.plus - hint.difference.minus) / (2 * HINT_STEP);
            expect(measured).toBeCloseTo(f.value, 4);
          }
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  }

  it('the loss edge E ← e is 1, and so is a bias’s own factor', () => {
    const preset = presets.find((p) => p.spec.id === 'visual-derivation');
    if (!preset) throw new Error('missing preset');
    const { trace: t, notation } = deriveNetwork(preset);
    expect(factorHint(t, 'E<e[0]', notation, write)?.formula).toMatch(/= 1$/);
    expect(factorHint(t, 'z1[0]<b1[0]', notation, write)?.formula).toMatch(/= 1$/);
    expect(factorHint(t, 'nonsense', notation, write)).toBeNull();
  });

  it('a term’s hint writes its numbers as the products they stand for', () => {
    expect(termHint([[2, -0.5], [3]], write)?.formula).toBe('2 \\times (-0.5) + 3');
    expect(termHint(undefined, write)).toBeNull();
  });
});

describe('quizFor', () => {
  for (const preset of presets) {
    it(`${preset.spec.id}: each factor of the first path, its product, then sample 1's gradient`, () => {
      const { trace: t, notation } = deriveNetwork(preset);
      const ref = reference(t.spec);
      const p = allParams(t.spec)[0];
      const quiz = quizFor(t, p, notation, write);
      const factors = quiz.slice(0, -2);
      // Each factor question is about one edge, and its answer is that edge's local
      // derivative, computed by the independent reference; the edges chain from an error node down to θ.
      expect(factors.length).toBeGreaterThan(0);
      expect(factors[0].factor?.split('<')[0]).toMatch(/^e\[\d+\]$/);
      expect(factors.at(-1)?.factor?.split('<')[1]).toBe(paramName(p));
      factors.forEach((q, k) => {
        const [upper, lower] = (q.factor as string).split('<');
        if (k > 0) expect(upper).toBe(factors[k - 1].factor?.split('<')[1]);
        const truth = ref.valueOf({ q: 'local', sample: 0, edge: q.factor as string }, {});
        expect(q.answer, `${upper} ← ${lower}`).toBeCloseTo(truth as number, 12);
      });
      const product = quiz.at(-2);
      expect(product?.answer).toBeCloseTo(
        factors.reduce((s, q) => s * q.answer, 1),
        12,
      );
      const gradient = quiz.at(-1);
      const truth = ref.valueOf({ q: 'sampleGradient', sample: 0, param: p }, {}) as number;
      expect(gradient?.answer).toBeCloseTo(truth, 12);
      // The hint's arithmetic, read back from its LaTeX, comes to the gradient at 4 digits.
      const shown = segments(gradient?.hint?.formula ?? '')[0]?.value;
      expect(typeof shown).toBe('number');
      expect(Math.abs((shown as number) - truth)).toBeLessThan(1e-3 * Math.max(1, Math.abs(truth)));
      for (const q of quiz) {
        parses(q.prompt);
        expect(q.text.en.length).toBeGreaterThan(0);
        expect(q.text.zh.length).toBeGreaterThan(0);
      }
    });
  }
});

describe('numberSlots', () => {
  it('lists every number of a step in reading order, with its factor', () => {
    const rows: Equation[] = [
      { kind: 'symbolic', lhs: [tex('y')], rel: '=', rhs: [tex('a'), tex('\\cdot'), tex('b')] },
      {
        kind: 'substituted',
        lhs: [],
        rel: '=',
        rhs: [num(2, { factor: 'a<b' }), tex('\\cdot'), num(3), tex('='), num(6)],
        value: 6,
      },
      { kind: 'value', lhs: [num(1)], rel: '=', rhs: [num(1)] },
    ];
    const slots = numberSlots(rows);
    expect(slots.map(slotKey)).toEqual(['1:rhs:0', '1:rhs:2', '1:rhs:4', '2:lhs:0', '2:rhs:0']);
    expect(slots[0]).toEqual({ row: 1, side: 'rhs', part: 0, value: 2, factor: 'a<b' });
    expect(slots.map((s) => s.value)).toEqual([2, 3, 6, 1, 1]);
  });

  it('finds every number of every preset step, once each, in reading order', () => {
    for (const preset of presets)
      for (const step of deriveNetwork(preset).steps) {
        // The numbers a reader sees, walked apart from numberSlots: row by row, lhs then rhs.
        const seen = step.equations.flatMap((row) =>
          [...row.lhs, ...row.rhs].flatMap((part) =>
            part.value !== undefined ? [part.value] : [],
          ),
        );
        const slots = numberSlots(step.equations);
        expect(
          slots.map((s) => s.value),
          step.id,
        ).toEqual(seen);
        expect(new Set(slots.map(slotKey)).size).toBe(slots.length);
      }
  });
});
