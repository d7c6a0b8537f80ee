/**
 * The general derivation of any network, written as step descriptions: forward pass, loss, the
 * output layer (its first weight traced in full, the rest filled cell by cell), each hidden layer
 * the same way, δ reuse with a bias, the matrix form of each layer, the general layer l, and the
 * update. A preset may replace it with its own steps.
 */

import { paramName } from '../engine/names.ts';
import { pathsFromLoss } from '../engine/paths.ts';
import type { NetworkSpec } from '../engine/spec.ts';
import type { Trace } from '../engine/trace.ts';
import type { StepSpec } from '../schema/steps.ts';
import { buildStepsFrom, DEFAULT_LEARNING_RATE } from './blocks.ts';
import { narration } from './narration.ts';
import { DEFAULT_NOTATION, type Notation } from './notation.ts';
import { MAX_LISTED_PATHS } from './paramTrace.ts';
import type { Step } from './types.ts';

export { DEFAULT_LEARNING_RATE };

export interface StorylineOptions {
  /** η of the update step. */
  learningRate?: number;
  /** The preset's own steps, instead of the general storyline. */
  steps?: readonly StepSpec[];
  notation?: Notation;
}

export function buildSteps(t: Trace, options: StorylineOptions = {}): Step[] {
  const specs =
    options.steps ?? defaultStepSpecs(t.spec, options.learningRate ?? DEFAULT_LEARNING_RATE);
  return buildStepsFrom(t, specs, options.notation ?? DEFAULT_NOTATION);
}

export function defaultStepSpecs(
  spec: NetworkSpec,
  learningRate = DEFAULT_LEARNING_RATE,
): StepSpec[] {
  const L = spec.layers.length - 1;
  const m = spec.samples.length;
  const steps: StepSpec[] = [];
  for (let l = 1; l <= L; l++) {
    steps.push({
      id: `forward-${l}`,
      block: 'forward',
      layer: l,
      title: narration.forwardTitle(l, L),
      text: narration.forward(l, m),
    });
  }
  steps.push({
    id: 'loss',
    block: 'loss',
    title: narration.lossTitle(),
    text: narration.loss(spec.layers[L]),
  });
  for (let l = L; l >= 1; l--) {
    const name = paramName({ kind: 'weight', layer: l, row: 0, col: 0 });
    const paths = pathsFromLoss(spec)[l - 1][0];
    const text =
      l === L
        ? paths > 1
          ? narration.traceOutputSoftmax(paths)
          : narration.traceOutput()
        : narration.traceHidden(paths, paths <= MAX_LISTED_PATHS);
    steps.push({
      id: `trace-${name}`,
      block: 'trace',
      param: name,
      title: narration.traceTitle(name, l, L),
      text,
    });
    steps.push({
      id: `rest-${l}`,
      block: 'cells',
      of: 'weights',
      layer: l,
      chapter: l === L ? 'output' : 'hidden',
      title: narration.restTitle(l, L),
      text: narration.rest(l),
    });
  }
  steps.push({
    id: 'delta-reuse',
    block: 'trace',
    chapter: 'delta',
    param: 'W1[0][0]',
    title: narration.deltaTitle(),
    text: narration.delta(),
  });
  if (spec.biases) {
    steps.push({
      id: 'trace-b1[0]',
      block: 'trace',
      chapter: 'delta',
      param: 'b1[0]',
      title: narration.biasTitle('b1[0]'),
      text: narration.bias(),
    });
  }
  for (let l = L; l >= 1; l--) {
    steps.push({
      id: `matrix-${l}`,
      block: 'matrix',
      layer: l,
      title: narration.matrixTitle(l, L),
      text: narration.matrix(l, L),
    });
  }
  steps.push({
    id: 'general',
    block: 'general',
    title: narration.generalTitle(),
    text: narration.general(),
  });
  steps.push({
    id: 'update',
    block: 'update',
    param: 'W1[0][0]',
    learningRate,
    title: narration.updateTitle(),
    text: narration.update(),
  });
  return steps;
}
