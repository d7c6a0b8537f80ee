/** Full-batch gradient descent on every parameter, biases included. */

import { gradients } from './gradients.ts';
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
  const t = gradients(spec);
  const weights = spec.weights.map((W, i) =>
    W.map((row, j) => row.map((w, k) => w - learningRate * t.gradWeights[i][j][k])),
  );
  const biases = spec.biases?.map((b, i) =>
    b.map((v, j) => v - learningRate * (t.gradBiases?.[i][j] ?? 0)),
  );
  return { spec: { ...spec, weights, biases }, lossBefore: t.loss };
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
  const loss: number[] = [];
  let current = spec;
  for (let i = 0; i < steps; i++) {
    const step = gradientStep(current, learningRate);
    loss.push(step.lossBefore);
    current = step.spec;
  }
  loss.push(gradients(current).loss);
  return { loss, spec: current };
}
