/**
 * The general derivation of any network, as steps: forward pass, loss, the output layer
 * (its first weight traced in full, the rest summarized), each hidden layer the same way,
 * δ reuse with a bias, the matrix form of each layer, the general layer l, and the update.
 */

import type { ParamRef } from '../engine/params.ts';
import { paramName } from '../engine/params.ts';
import { pathsFromLoss } from '../engine/paths.ts';
import type { Trace } from '../engine/trace.ts';
import { forwardRows, lossRows } from './forward.ts';
import { generalRows, matrixRows, updateRows } from './layerForms.ts';
import { narration } from './narration.ts';
import { MAX_LISTED_PATHS, traceParam } from './paramTrace.ts';
import type { Step } from './types.ts';

export interface StorylineOptions {
  /** η of the update step. */
  learningRate?: number;
}

export const DEFAULT_LEARNING_RATE = 0.5;

export function buildSteps(t: Trace, options: StorylineOptions = {}): Step[] {
  const { spec } = t;
  const L = spec.layers.length - 1;
  const m = spec.samples.length;
  const steps: Step[] = [];
  const layerNodes = (l: number) =>
    Array.from({ length: spec.layers[l] }, (_, j) => [`z${l}[${j}]`, `a${l}[${j}]`]).flat();
  const firstWeight = (l: number): ParamRef => ({ kind: 'weight', layer: l, row: 0, col: 0 });

  for (let l = 1; l <= L; l++) {
    steps.push({
      id: `forward-${l}`,
      chapter: 'forward',
      title: narration.forwardTitle(l, L),
      narration: narration.forward(l, m),
      equations: forwardRows(t, l),
      focus: layerNodes(l),
    });
  }
  steps.push({
    id: 'loss',
    chapter: 'loss',
    title: narration.lossTitle(),
    narration: narration.loss(spec.layers[L]),
    equations: lossRows(t),
    focus: [...Array.from({ length: spec.layers[L] }, (_, k) => `e[${k}]`), 'E'],
  });

  for (let l = L; l >= 1; l--) {
    const p = firstWeight(l);
    const name = paramName(p);
    const paths = pathsFromLoss(spec)[l - 1][0];
    const text =
      l === L
        ? paths > 1
          ? narration.traceOutputSoftmax(paths)
          : narration.traceOutput()
        : narration.traceHidden(paths, paths <= MAX_LISTED_PATHS);
    steps.push({
      id: `trace-${name}`,
      chapter: l === L ? 'output' : 'hidden',
      title: narration.traceTitle(name, l, L),
      narration: text,
      equations: traceParam(t, p).equations,
      param: name,
      focus: [],
    });
    steps.push({
      id: `rest-${l}`,
      chapter: l === L ? 'output' : 'hidden',
      title: narration.restTitle(l, L),
      narration: narration.rest(l),
      equations: matrixRows(t, l).slice(2, 4),
      focus: layerNodes(l),
    });
  }

  const deepest = firstWeight(1);
  steps.push({
    id: 'delta-reuse',
    chapter: 'delta',
    title: narration.deltaTitle(),
    narration: narration.delta(),
    equations: traceParam(t, deepest).equations.filter(
      (e) => e.delta !== undefined || e.kind === 'substituted',
    ),
    param: paramName(deepest),
    focus: [],
  });
  if (spec.biases) {
    const bias: ParamRef = { kind: 'bias', layer: 1, row: 0 };
    steps.push({
      id: `trace-${paramName(bias)}`,
      chapter: 'delta',
      title: narration.biasTitle(paramName(bias)),
      narration: narration.bias(),
      equations: traceParam(t, bias).equations,
      param: paramName(bias),
      focus: [],
    });
  }
  for (let l = L; l >= 1; l--) {
    steps.push({
      id: `matrix-${l}`,
      chapter: 'matrix',
      title: narration.matrixTitle(l, L),
      narration: narration.matrix(l, L),
      equations: matrixRows(t, l),
      focus: layerNodes(l),
    });
  }
  steps.push({
    id: 'general',
    chapter: 'general',
    title: narration.generalTitle(),
    narration: narration.general(),
    equations: generalRows(spec.activations.includes('softmax')),
    focus: [],
  });
  steps.push({
    id: 'update',
    chapter: 'update',
    title: narration.updateTitle(),
    narration: narration.update(),
    equations: updateRows(t, deepest, options.learningRate ?? DEFAULT_LEARNING_RATE),
    param: paramName(deepest),
    focus: [],
  });
  return steps;
}
