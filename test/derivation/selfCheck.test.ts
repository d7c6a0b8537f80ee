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
import { allParams } from '../../src/engine/params.ts';
import { enumeratePaths, paramFactor } from '../../src/engine/paths.ts';
import { sampleGradient } from '../../src/engine/trace.ts';
import { deriveNetwork } from '../../src/state/derived.ts';

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
      const p = allParams(t.spec)[0];
      const first = enumeratePaths(t, p).next();
      if (first.done) throw new Error('no path');
      const path = first.value;
      const quiz = quizFor(t, p, notation, write);
      expect(quiz).toHaveLength(path.factors.length + 2);
      path.factors.forEach((f, k) => {
        expect(quiz[k].answer).toBe(f.value);
        expect(quiz[k].factor).toBe(`${f.upper}<${f.lower}`);
      });
      const product = quiz.at(-2);
      expect(product?.answer).toBeCloseTo(
        path.factors.reduce((s, f) => s * f.value, 1),
        12,
      );
      const gradient = quiz.at(-1);
      expect(gradient?.answer).toBe(sampleGradient(t.samples[0], p));
      const delta = t.samples[0].layers[p.layer - 1].delta[p.row];
      expect(gradient?.hint?.formula).toBe(
        termHint([[delta, paramFactor(t.samples[0], p).value]], write)?.formula,
      );
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

  it('finds the numbers of every preset step', () => {
    for (const preset of presets)
      for (const step of deriveNetwork(preset).steps)
        for (const s of numberSlots(step.equations))
          expect(step.equations[s.row][s.side][s.part].value).toBe(s.value);
  });
});
