import { describe, expect, it } from 'vitest';
import { gradientCheck } from '../../src/engine/gradcheck.ts';
import { randomNetwork } from '../../src/engine/random.ts';
import {
  ACTIVATIONS,
  type Activation,
  LOSSES,
  type Loss,
  REDUCTIONS,
} from '../../src/engine/spec.ts';
import { trace } from '../../src/engine/trace.ts';
import { autodiff } from '../support/scalarAutodiff.ts';

const outputsFor = (loss: Loss): readonly Activation[] =>
  loss === 'bce' ? ['sigmoid'] : loss === 'ce' ? ['softmax'] : ACTIVATIONS;

const cases = LOSSES.flatMap((loss) =>
  ACTIVATIONS.flatMap((hidden) =>
    outputsFor(loss).flatMap((output) =>
      REDUCTIONS.flatMap((reduction) =>
        [0, 0.25].map((l2) => ({ loss, hidden, output, reduction, l2 })),
      ),
    ),
  ),
);

/** A random 3→4→3→K network whose relu and leaky relu units all sit clear of the kink at 0. */
function smoothNetwork(c: (typeof cases)[number], index: number) {
  for (let seed = 1000 * index + 1; ; seed++) {
    const spec = randomNetwork({
      layers: [3, 4, 3, c.output === 'softmax' ? 3 : 2],
      activations: [c.hidden, c.hidden, c.output],
      loss: c.loss,
      reduction: c.reduction,
      l2: c.l2,
      samples: 3,
      seed,
    });
    const t = trace(spec);
    const nearKink = t.samples.some((s) =>
      s.layers.some(
        (layer, i) =>
          ['relu', 'leaky_relu'].includes(spec.activations[i]) &&
          layer.z.some((z) => Math.abs(z) < 0.05),
      ),
    );
    if (!nearKink) return spec;
  }
}

describe('gradients of random networks', () => {
  it.each(
    cases.map(
      (c, i) =>
        [
          `${c.hidden} hidden, ${c.output} out, ${c.loss}, ${c.reduction}, λ=${c.l2}`,
          c,
          i,
        ] as const,
    ),
  )('%s: agree with central differences to 1e-7 and with scalar autodiff to 1e-12', (_, c, i) => {
    const spec = smoothNetwork(c, i);
    const check = gradientCheck(spec);
    expect(check.maxRelError).toBeLessThanOrEqual(1e-7);

    const t = trace(spec);
    const reference = autodiff(spec);
    expect(t.loss).toBeCloseTo(reference.loss, 12);
    const ours = [...t.gradWeights.flat(2), ...(t.gradBiases?.flat() ?? [])];
    const theirs = [...reference.weights.flat(2), ...(reference.biases?.flat() ?? [])];
    ours.forEach((g, k) => {
      expect(Math.abs(g - theirs[k])).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(theirs[k])));
    });
  });

  it('handles a network without biases, deeper than three layers', () => {
    const spec = randomNetwork({
      layers: [2, 3, 3, 3, 2],
      activations: ['tanh', 'sigmoid', 'tanh', 'sigmoid'],
      loss: 'bce',
      biases: false,
      seed: 7,
    });
    expect(trace(spec).gradBiases).toBeUndefined();
    expect(gradientCheck(spec).maxRelError).toBeLessThanOrEqual(1e-7);
  });

  it('adds (λ/m)·W to each weight gradient and nothing to biases', () => {
    const base = randomNetwork({
      layers: [2, 2, 1],
      activations: ['sigmoid', 'linear'],
      loss: 'half_sse',
      samples: 4,
      seed: 3,
    });
    const lambda = 0.7;
    const plain = trace(base);
    const regularized = trace({ ...base, regularization: { l2: lambda } });
    regularized.gradWeights.forEach((W, i) => {
      W.forEach((row, j) => {
        row.forEach((g, k) => {
          expect(g - plain.gradWeights[i][j][k]).toBeCloseTo(
            (lambda / 4) * base.weights[i][j][k],
            14,
          );
        });
      });
    });
    expect(regularized.gradBiases).toEqual(plain.gradBiases);
    const squares = base.weights.flat(2).reduce((s, w) => s + w * w, 0);
    expect(regularized.penalty).toBeCloseTo((lambda / 8) * squares, 14);
  });

  it('sum reduction is m times mean reduction', () => {
    const mean = randomNetwork({
      layers: [2, 3, 2],
      activations: ['tanh', 'softmax'],
      loss: 'ce',
      samples: 5,
      seed: 11,
    });
    const a = trace(mean);
    const b = trace({ ...mean, reduction: 'sum' });
    expect(b.loss).toBeCloseTo(5 * a.loss, 12);
    expect(b.gradWeights[0][1][0]).toBeCloseTo(5 * a.gradWeights[0][1][0], 12);
  });

  it('∂J_b/∂x, the error handed back past the first layer, agrees with central differences', () => {
    const spec = randomNetwork({
      layers: [3, 4, 2],
      activations: ['tanh', 'sigmoid'],
      loss: 'half_sse',
      samples: 1,
      seed: 41,
    });
    const t = trace(spec);
    const h = 1e-4;
    spec.samples[0].x.forEach((_, k) => {
      const at = (d: number) => {
        const x = spec.samples[0].x.map((v, i) => (i === k ? v + d : v));
        return trace({ ...spec, samples: [{ x, y: spec.samples[0].y }] }).samples[0].loss;
      };
      const numeric = (at(h) - at(-h)) / (2 * h);
      expect(Math.abs(t.samples[0].dJdX[k] - numeric)).toBeLessThan(1e-8);
    });
  });
});
