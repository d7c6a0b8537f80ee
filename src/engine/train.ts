/** Full-batch gradient descent on every parameter, biases included. */

import type { NetworkSpec } from './spec.ts';
import { trace } from './trace.ts';

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
  const t = trace(spec);
  const weights = spec.weights.map((W, i) =>
    W.map((row, j) => row.map((w, k) => w - learningRate * t.gradWeights[i][j][k])),
  );
  const biases = spec.biases?.map((b, i) =>
    b.map((v, j) => v - learningRate * (t.gradBiases?.[i][j] ?? 0)),
  );
  return { spec: { ...spec, weights, biases }, lossBefore: t.loss };
}

export function train(spec: NetworkSpec, learningRate: number, steps: number): TrainingRun {
  const loss: number[] = [];
  let current = spec;
  for (let i = 0; i < steps; i++) {
    const step = gradientStep(current, learningRate);
    loss.push(step.lossBefore);
    current = step.spec;
  }
  loss.push(trace(current).loss);
  return { loss, spec: current };
}
