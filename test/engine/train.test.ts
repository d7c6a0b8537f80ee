import { describe, expect, it } from 'vitest';
import { accumulateLayer } from '../../src/engine/accumulate.ts';
import { gradients } from '../../src/engine/gradients.ts';
import { randomNetwork } from '../../src/engine/random.ts';
import type { NetworkSpec } from '../../src/engine/spec.ts';
import { trace } from '../../src/engine/trace.ts';
import { gradientStep, layerByLayerStep, train } from '../../src/engine/train.ts';

describe('gradients without the graph', () => {
  it('gives the trace’s loss and gradients to the last bit, for every activation and loss', () => {
    const cases = [
      { activations: ['tanh', 'sigmoid'], loss: 'bce' },
      { activations: ['relu', 'softmax'], loss: 'ce' },
      { activations: ['sigmoid', 'linear'], loss: 'half_sse' },
      { activations: ['tanh', 'tanh'], loss: 'mse' },
    ] as const;
    for (const [i, c] of cases.entries())
      for (const l2 of [0, 0.05]) {
        const spec = randomNetwork({
          layers: [3, 4, 2],
          activations: [...c.activations],
          loss: c.loss,
          l2,
          samples: 3,
          seed: 20 + i,
        });
        const { loss, dataLoss, penalty, gradWeights, gradBiases } = trace(spec);
        expect(gradients(spec), `${c.loss} l2=${l2}`).toEqual({
          loss,
          dataLoss,
          penalty,
          gradWeights,
          gradBiases,
        });
      }
  });
});

describe('gradient descent', () => {
  const spec = randomNetwork({
    layers: [2, 3, 1],
    activations: ['tanh', 'sigmoid'],
    loss: 'bce',
    l2: 0.01,
    samples: 4,
    seed: 9,
  });

  it('one step moves every weight and bias by −η ∂J/∂θ and leaves the input spec alone', () => {
    const before = structuredClone(spec);
    const t = trace(spec);
    const { spec: next, lossBefore } = gradientStep(spec, 0.3);
    expect(lossBefore).toBe(t.loss);
    expect(next.weights[1][0][2]).toBe(spec.weights[1][0][2] - 0.3 * t.gradWeights[1][0][2]);
    expect(next.biases?.[0][1]).toBe(
      (spec.biases?.[0][1] ?? 0) - 0.3 * (t.gradBiases?.[0][1] ?? 0),
    );
    expect(spec).toEqual(before);
  });

  it('records the loss before each step and after the last', () => {
    const run = train(spec, 0.5, 50);
    expect(run.loss).toHaveLength(51);
    expect(run.loss[0]).toBe(trace(spec).loss);
    expect(run.loss[50]).toBe(trace(run.spec).loss);
    expect(run.loss[50]).toBeLessThan(run.loss[0]);
  });

  it('is gradientStep taken again and again, to the last bit (biases, no biases, softmax)', () => {
    const specs = [
      spec,
      { ...spec, biases: undefined },
      randomNetwork({
        layers: [2, 3, 3],
        activations: ['relu', 'softmax'],
        loss: 'ce',
        samples: 3,
        seed: 4,
      }),
    ];
    for (const s of specs) {
      let stepped = s;
      const losses: number[] = [];
      for (let i = 0; i < 25; i++) {
        const step = gradientStep(stepped, 0.4);
        losses.push(step.lossBefore);
        stepped = step.spec;
      }
      losses.push(trace(stepped).loss);
      const run = train(s, 0.4, 25);
      expect(run.loss).toEqual(losses);
      expect(run.spec.weights).toEqual(stepped.weights);
      expect(run.spec.biases).toEqual(stepped.biases);
    }
  });

  it('zero steps change nothing', () => {
    const run = train(spec, 0.5, 0);
    expect(run.loss).toEqual([trace(spec).loss]);
    expect(run.spec.weights).toEqual(spec.weights);
  });

  it('a loss that overflows is Infinity, not NaN, when there is no L2 term', () => {
    const huge: NetworkSpec = {
      id: 'huge',
      layers: [1, 1],
      activations: ['linear'],
      loss: 'half_sse',
      reduction: 'mean',
      weights: [[[1e200]]],
      samples: [{ x: [1], y: [0] }],
    };
    expect(trace(huge).loss).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('Δ accumulated sample by sample', () => {
  it('adds each sample’s δ aᵀ, and the last sum is m times the mean gradient without L2', () => {
    const spec = randomNetwork({
      layers: [2, 3, 2],
      activations: ['sigmoid', 'sigmoid'],
      loss: 'bce',
      samples: 4,
      seed: 17,
    });
    const t = trace(spec);
    const acc = accumulateLayer(t, 2);
    expect(acc.contributions).toHaveLength(4);
    expect(acc.running[0]).toEqual(acc.contributions[0]);
    expect(acc.running[2][1][0]).toBeCloseTo(acc.running[1][1][0] + acc.contributions[2][1][0], 15);
    acc.running[3].forEach((row, j) => {
      row.forEach((v, k) => {
        expect(v / 4).toBeCloseTo(t.gradWeights[1][j][k], 14);
      });
    });
    expect(acc.biasRunning[3][1] / 4).toBeCloseTo(t.gradBiases?.[1][1] ?? Number.NaN, 14);
  });
});

describe('updating layer by layer from the output', () => {
  it('is the standard step for the output layer, but not for the layers below it', async () => {
    const spec = randomNetwork({
      layers: [2, 3, 2],
      activations: ['tanh', 'sigmoid'],
      loss: 'half_sse',
      samples: 3,
      seed: 81,
    });
    const standard = gradientStep(spec, 0.5).spec;
    const staged = layerByLayerStep(spec, 0.5).spec;
    expect(staged.weights[1]).toEqual(standard.weights[1]);
    const hiddenDiff = Math.max(
      ...staged.weights[0].flat().map((w, i) => Math.abs(w - standard.weights[0].flat()[i])),
    );
    expect(hiddenDiff).toBeGreaterThan(1e-6);
    // The hidden layer moved along the gradient taken with the updated output weights.
    const after = trace({
      ...spec,
      weights: [spec.weights[0], standard.weights[1]],
      biases: [spec.biases?.[0] ?? [], standard.biases?.[1] ?? []],
    });
    expect(staged.weights[0][1][0]).toBeCloseTo(
      spec.weights[0][1][0] - 0.5 * after.gradWeights[0][1][0],
      14,
    );
  });
});
