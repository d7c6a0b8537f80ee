/** Full-batch gradient descent on every parameter, biases included. */

import { gradients, scalingOf, sumsFor } from './gradients.ts';
import type { NetworkSpec } from './spec.ts';

export interface TrainingRun {
  /** loss[i] is J before step i + 1; loss[steps] is J after the last step. */
  loss: number[];
  /** The spec with its weights and biases as they are after the last step. */
  spec: NetworkSpec;
}

/** One step θ ← θ − η ∂J/∂θ; returns a new spec and J before the step. */
export function gradientStep(
  spec: NetworkSpec,
  learningRate: number,
): { spec: NetworkSpec; lossBefore: number } {
  const { weights, biases } = copyParams(spec);
  const lossBefore = stepper(spec, learningRate)(weights, biases);
  return { spec: { ...spec, weights, biases }, lossBefore };
}

/**
 * The tempting alternative, for comparison: update the output layer first, then trace again with
 * its new weights before computing the next layer's gradient, and so on down. Each layer then
 * moves along a gradient taken at a different point, so the step as a whole is not −η∇J at the
 * current weights; standard backprop computes every gradient with the original weights.
 */
export function layerByLayerStep(
  spec: NetworkSpec,
  learningRate: number,
): { spec: NetworkSpec; lossBefore: number } {
  const lossBefore = gradients(spec).loss;
  let current = spec;
  for (let l = spec.layers.length - 1; l >= 1; l--) {
    const t = gradients(current);
    const i = l - 1;
    const weights = current.weights.map((W, k) =>
      k !== i ? W : W.map((row, j) => row.map((w, c) => w - learningRate * t.gradWeights[i][j][c])),
    );
    const biases = current.biases?.map((b, k) =>
      k !== i ? b : b.map((v, j) => v - learningRate * (t.gradBiases?.[i][j] ?? 0)),
    );
    current = { ...current, weights, biases };
  }
  return { spec: current, lossBefore };
}

export function train(spec: NetworkSpec, learningRate: number, steps: number): TrainingRun {
  const step = stepper(spec, learningRate);
  const { weights, biases } = copyParams(spec);
  const loss: number[] = [];
  for (let i = 0; i < steps; i++) loss.push(step(weights, biases));
  const after = { ...spec, weights, biases };
  loss.push(gradients(after).loss);
  return { loss, spec: after };
}

/**
 * θ ← θ − η ∂J/∂θ on weights and biases changed in place, for networks shaped like `spec`; each
 * call returns J before its step. Gradient descent's one update rule, so that `train` is
 * `gradientStep` taken again and again, to the last bit, without new matrices at every step.
 */
function stepper(
  spec: NetworkSpec,
  learningRate: number,
): (weights: number[][][], biases?: number[][]) => number {
  const sums = sumsFor(spec);
  const scale = scalingOf(spec);
  return (weights, biases) => {
    const { loss, sumW, sumB } = sums(weights, biases);
    const before = scale.dataLoss(loss) + scale.penalty(weights);
    for (const [l, W] of weights.entries())
      for (const [j, row] of W.entries())
        for (let k = 0; k < row.length; k++)
          row[k] = row[k] - learningRate * scale.weight(sumW[l][j][k], row[k]);
    for (const [l, b] of (biases ?? []).entries())
      for (let j = 0; j < b.length; j++) b[j] = b[j] - learningRate * scale.bias(sumB?.[l][j] ?? 0);
    return before;
  };
}

function copyParams(spec: NetworkSpec) {
  return {
    weights: spec.weights.map((W) => W.map((row) => row.slice())),
    biases: spec.biases?.map((b) => b.slice()),
  };
}
