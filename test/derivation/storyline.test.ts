import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../src/cli/contentFiles.ts';
import { readPresets } from '../../src/content/read.ts';
import { COST_SIZES, twoLayerOf } from '../../src/derivation/jacobianRows.ts';
import { makeNotation } from '../../src/derivation/notation.ts';
import { formatTexNumber } from '../../src/derivation/number.ts';
import { traceParam } from '../../src/derivation/paramTrace.ts';
import { equationTex, partTex } from '../../src/derivation/parts.ts';
import { slipValue } from '../../src/derivation/slip.ts';
import { buildSteps, DEFAULT_LEARNING_RATE } from '../../src/derivation/storyline.ts';
import type { Equation, Step } from '../../src/derivation/types.ts';
import { accumulateLayer } from '../../src/engine/accumulate.ts';
import { articleDeltas, batchForward } from '../../src/engine/differential.ts';
import { formSizes, kroneckerChain, shapeMatchingGradient } from '../../src/engine/jacobian.ts';
import { matmul, maxAbsDiff, transpose } from '../../src/engine/matrix.ts';
import { allParams } from '../../src/engine/params.ts';
import { enumeratePaths } from '../../src/engine/paths.ts';
import { randomMatrix, randomNetwork, seededRandom } from '../../src/engine/random.ts';
import type { NetworkSpec } from '../../src/engine/spec.ts';
import { sampleGradient, trace } from '../../src/engine/trace.ts';
import { gradientStep, train } from '../../src/engine/train.ts';
import type { StepSpec } from '../../src/schema/steps.ts';

const presets = readPresets(readContentDir()).presets;
const preset = presets.find((p) => p.spec.id === 'visual-derivation')?.spec as NetworkSpec;

const networks: [string, NetworkSpec][] = [
  ['the 2-2-2-2 preset', preset],
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
    '2→3→1 bce without biases, sum',
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
    '3→5→4→3 with a softmax hidden layer, mse',
    randomNetwork({
      layers: [3, 5, 4, 3],
      activations: ['sigmoid', 'softmax', 'linear'],
      loss: 'mse',
      samples: 2,
      seed: 33,
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

/** Every number the engine produced for this network, to hold displayed numbers against. */
function engineNumbers(
  spec: NetworkSpec,
  learningRates: readonly number[] = [DEFAULT_LEARNING_RATE],
  proofSeeds: readonly number[] = [],
): Set<number> {
  const t = trace(spec);
  const out = new Set<number>();
  const add = (v: unknown): void => {
    if (typeof v === 'number') out.add(v);
    else if (Array.isArray(v)) v.forEach(add);
  };
  add(spec.weights);
  add(spec.biases);
  for (const s of t.samples) {
    add(s.x);
    add(s.y);
    add(s.errors);
    add(s.loss);
    for (const layer of s.layers) add([layer.z, layer.a, layer.dAdZ, layer.dJdA, layer.delta]);
    for (const p of allParams(spec)) add(sampleGradient(s, p));
  }
  add([t.loss, t.dataLoss, t.penalty, t.gradWeights, t.gradBiases, spec.regularization?.l2 ?? 0]);
  for (const p of allParams(spec)) {
    let n = 0;
    for (const path of enumeratePaths(t, p)) {
      if (path.sample > 0 || n++ > 8) break;
      add(path.product);
      add(path.factors.map((f) => f.value));
    }
  }
  for (const lr of learningRates) {
    const stepped = gradientStep(spec, lr).spec;
    add([stepped.weights, stepped.biases, trace(stepped).loss, lr]);
  }
  for (const s of t.samples) add(s.dJdX);
  spec.layers.slice(1).forEach((units, i) => {
    const acc = accumulateLayer(t, i + 1);
    add([acc.running, acc.contributions, acc.biasRunning, acc.biasContributions]);
    for (let j = 0; j < units; j++) add(slipValue(t, i + 1, j));
  });
  // Seed 000's terms: the batch, the article's δ (= −the engine's), X_kᵀδ_k, and the seeded
  // random matrices an identity is evaluated on.
  if (!spec.biases && spec.loss === 'ce') {
    const f = batchForward(spec);
    const deltas = articleDeltas(f);
    add([f.X, f.Y, deltas, deltas.map((d, k) => matmul(transpose(f.X[k]), d))]);
    for (const seed of proofSeeds) {
      const rand = seededRandom(seed);
      for (const [r, c] of [
        [2, 3],
        [2, 3],
        [2, 3],
        [2, 3],
        [2, 2],
        [2, 3],
      ])
        add(randomMatrix(r, c, rand));
    }
  }
  // Definitions, not results: the bias unit a₀ = 1 and the zeros Δ starts from.
  add([0, 1]);
  return out;
}

const rowsOf = (steps: Step[]): Equation[] => steps.flatMap((s) => s.equations);
const parse = (tex: string) =>
  katex.renderToString(tex, { throwOnError: true, strict: 'error', displayMode: true });

function checkSteps(
  steps: Step[],
  spec: NetworkSpec,
  learningRates: readonly number[] = [DEFAULT_LEARNING_RATE],
  specs: readonly StepSpec[] = [],
) {
  it('every step has a title and narration in both languages, and a unique id', () => {
    for (const s of steps) {
      expect(s.title.en.length).toBeGreaterThan(3);
      expect(s.title.zh.length).toBeGreaterThan(1);
      expect(s.narration.en.length).toBeGreaterThan(20);
      expect(s.narration.zh.length).toBeGreaterThan(10);
    }
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
  });

  it('every equation, and every part on its own, parses under KaTeX strict mode', () => {
    for (const row of rowsOf(steps)) {
      expect(() => parse(equationTex(row)), equationTex(row)).not.toThrow();
      expect(() => parse(equationTex(row, (v) => formatTexNumber(v, 12)))).not.toThrow();
      for (const part of [...row.lhs, ...row.rhs])
        expect(() => parse(partTex(part)), partTex(part)).not.toThrow();
      for (const part of [...row.lhs, ...row.rhs])
        expect(
          () => parse(partTex(part, formatTexNumber, 0)),
          partTex(part, formatTexNumber, 0),
        ).not.toThrow();
    }
  });

  it('every number shown is one the engine computed', () => {
    const known = engineNumbers(
      spec,
      learningRates,
      specs.flatMap((s) => (s.seed !== undefined ? [s.seed] : [])),
    );
    for (const s of specs) {
      if (s.block === 'train') {
        const run = train(spec, s.learningRate ?? DEFAULT_LEARNING_RATE, s.steps ?? 1000);
        for (const v of [
          ...run.loss,
          ...trace(run.spec).samples.flatMap((q) => q.layers.at(-1)?.a ?? []),
        ])
          known.add(v);
        known.add(s.steps ?? 1000);
      }
      if (s.block === 'jacobian') {
        const p = twoLayerOf(spec);
        const k = kroneckerChain(p);
        for (const v of [
          ...k.summed.flat(),
          ...k.gradient.flat(),
          ...shapeMatchingGradient(p).gradient.flat(),
        ])
          known.add(v);
        known.add(maxAbsDiff(k.gradient, shapeMatchingGradient(p).gradient));
      }
      if (s.block === 'cost')
        for (const size of COST_SIZES)
          for (const v of Object.values(formSizes(...size))) known.add(v);
    }
    for (const row of rowsOf(steps)) {
      // A proof line's value is held against its central difference below, not looked up here.
      const measured = new Set(row.check === undefined ? [] : [row.value, row.check]);
      for (const part of [...row.lhs, ...row.rhs]) {
        if (part.value !== undefined && measured.has(part.value)) continue;
        if (part.value !== undefined)
          expect(known.has(part.value), `${part.value} in ${equationTex(row)}`).toBe(true);
        for (const v of part.matrix?.flat() ?? [])
          expect(known.has(v), `${v} in ${equationTex(row)}`).toBe(true);
      }
      if (row.value !== undefined && row.check === undefined)
        expect(known.has(row.value), `${row.value} = ${equationTex(row)}`).toBe(true);
    }
  });

  it('every row that states a value evaluates to it', () => {
    let checked = 0;
    for (const row of rowsOf(steps)) {
      if (row.check !== undefined && row.value !== undefined) {
        // The line evaluated along dW agrees with the central difference of the loss.
        expect(Math.abs(row.value - row.check), equationTex(row)).toBeLessThanOrEqual(
          1e-7 * Math.max(1, Math.abs(row.check)),
        );
        checked++;
        continue;
      }
      if (!row.terms || row.value === undefined) continue;
      const sum = row.terms.reduce((s, product) => s + product.reduce((p, v) => p * v, 1), 0);
      expect(Math.abs(sum - row.value), equationTex(row)).toBeLessThanOrEqual(
        1e-12 * Math.max(1, Math.abs(row.value)),
      );
      checked++;
    }
    expect(checked).toBeGreaterThan(
      steps.filter((s) => s.equations.some((e) => e.kind !== 'definition' && e.kind !== 'general'))
        .length / 3,
    );
  });
}

describe.each(networks)('general storyline of %s', (_, spec) => {
  const steps = buildSteps(trace(spec));
  it('has every chapter, in order', () => {
    const chapters = [...new Set(steps.map((s) => s.chapter))];
    expect(chapters).toEqual([
      'forward',
      'loss',
      'output',
      ...(spec.layers.length > 2 ? ['hidden'] : []),
      'delta',
      'matrix',
      'general',
      'update',
    ]);
  });
  checkSteps(steps, spec);
});

describe.each(presets.map((p) => [p.spec.id, p] as const))(
  'preset %s, in its own notation and steps',
  (_, p) => {
    const steps = buildSteps(trace(p.spec), {
      steps: p.steps,
      notation: makeNotation(p.notation),
      learningRate: p.learningRate,
    });
    const rates = [
      DEFAULT_LEARNING_RATE,
      ...(p.steps ?? []).flatMap((s) => (s.learningRate ? [s.learningRate] : [])),
    ];
    checkSteps(steps, p.spec, rates, p.steps ?? []);
    it('each step says, in both languages, which part of the article it follows', () => {
      // Every preset is an article's storyline: its steps come from the content file.
      expect(p.steps?.length ?? 0).toBeGreaterThan(0);
      expect(steps).toHaveLength(p.steps?.length ?? 0);
      for (const s of steps) {
        expect(s.source?.en.length ?? 0, s.id).toBeGreaterThan(3);
        expect(s.source?.zh.length ?? 0, s.id).toBeGreaterThan(3);
      }
    });
    it('matrices listed side by side ("A, B, C = …") have commas between them, not a product', () => {
      const lists = rowsOf(steps).filter((row) => row.lhs.some((part) => part.tex === 'A, B, C'));
      if (p.spec.id === 'differential-proof') expect(lists.length).toBeGreaterThan(0);
      for (const row of lists)
        expect(row.rhs.map((part) => (part.matrix ? 'M' : part.tex)).join(' ')).toBe('M , M , M');
    });
  },
);

describe('the 2-2-2-2 preset storyline', () => {
  const steps = buildSteps(trace(preset));

  it('runs forward ×3, loss, output, hidden ×2, δ and bias, matrix ×3, general, update: 17 steps', () => {
    expect(steps.map((s) => s.id)).toEqual([
      'forward-1',
      'forward-2',
      'forward-3',
      'loss',
      'trace-W3[0][0]',
      'rest-3',
      'trace-W2[0][0]',
      'rest-2',
      'trace-W1[0][0]',
      'rest-1',
      'delta-reuse',
      'trace-b1[0]',
      'matrix-3',
      'matrix-2',
      'matrix-1',
      'general',
      'update',
    ]);
  });

  it('traces the first-layer weight through 4 paths that sum to its gradient', () => {
    const step = steps.find((s) => s.id === 'trace-W1[0][0]') as Step;
    const paths = step.equations.filter(
      (e) => e.kind === 'substituted' && e.terms?.[0].length === 7,
    );
    expect(paths).toHaveLength(4);
    const g = trace(preset).gradWeights[0][0][0];
    expect(paths.reduce((s, e) => s + (e.value ?? 0), 0)).toBeCloseTo(g, 15);
  });
});

describe('colours agree between graph and equations', () => {
  it.each(networks)(
    '%s: a factor part and the frame lighting its edge share a colour slot',
    (_, spec) => {
      const t = trace(spec);
      for (const p of allParams(spec).filter((_, i) => i % 3 === 0)) {
        const pt = traceParam(t, p);
        const frameColour = new Map<string, number>();
        for (const f of pt.frames) for (const key of f.keys) frameColour.set(key, f.color);
        for (const row of pt.equations) {
          for (const part of row.rhs) {
            if (part.factor === undefined || part.color === undefined) continue;
            if (!frameColour.has(part.factor)) continue; // the parameter's own factor in the δ form
            expect(frameColour.get(part.factor), `${part.factor} in ${pt.param}`).toBe(part.color);
          }
        }
      }
    },
  );
});
