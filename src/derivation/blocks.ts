/**
 * Turns step descriptions (from a content file, or the default storyline) into steps: each names
 * a general block, and the block builds its equations from the trace in the preset's notation.
 * A new article needs new content, not new blocks, as long as its argument is made of these.
 */

import { nodeName, paramLayer } from '../engine/names.ts';
import { parseParam } from '../engine/params.ts';
import type { Trace } from '../engine/trace.ts';
import type { Block, Chapter, StepSpec } from '../schema/steps.ts';
import { accumulateSteps, averageRows } from './accumulation.ts';
import { cancellationRows } from './cancellation.ts';
import { cellSteps } from './cells.ts';
import { layerDeltaRows } from './deltaRows.ts';
import { forwardRows } from './forward.ts';
import { generalRows } from './general.ts';
import { costRows, jacobianRows } from './jacobianRows.ts';
import { lossRows } from './loss.ts';
import { matrixRows } from './matrixForm.ts';
import type { Notation } from './notation.ts';
import { traceParam } from './paramTrace.ts';
import { proofRows } from './proof.ts';
import { slipRows } from './slip.ts';
import { trainingRows } from './training.ts';
import type { Equation, Step, TraceFrame } from './types.ts';
import { updateRows } from './update.ts';

export const DEFAULT_LEARNING_RATE = 0.5;

interface Built {
  equations: Equation[];
  frames?: TraceFrame[];
  param?: string;
  focus?: string[];
}

/**
 * Steps are cheap to list (title, chapter, parameter) but some are dear to build (a proof, a
 * training run), so each step's equations, frames and focus are built the first time they are
 * read and kept. To the reader a step is plain data either way.
 */
export function buildStepsFrom(t: Trace, specs: readonly StepSpec[], n: Notation): Step[] {
  const used = new Set<string>();
  let chapter: Chapter = 'forward';
  return specs.map((spec, index) => {
    chapter = spec.chapter ?? defaultChapter(t, spec) ?? chapter;
    let id = spec.id ?? defaultId(spec, index);
    if (used.has(id)) id = `${id}-${index + 1}`;
    used.add(id);
    let built: Built | undefined;
    const build = () => {
      built ??= buildBlock(t, spec, n);
      return built;
    };
    const step: Step = {
      id,
      chapter,
      title: spec.title,
      narration: spec.text,
      ...(spec.source ? { source: spec.source } : {}),
      ...(spec.param && (spec.block === 'trace' || spec.block === 'update')
        ? { param: spec.param }
        : {}),
      get equations() {
        return build().equations;
      },
      get frames() {
        return build().frames;
      },
      get focus() {
        return build().focus ?? [];
      },
    };
    return step;
  });
}

function buildBlock(t: Trace, spec: StepSpec, n: Notation): Built {
  const L = t.spec.layers.length - 1;
  const l = spec.layer ?? L;
  const layerNodes = Array.from({ length: t.spec.layers[l] }, (_, j) => [
    nodeName.z(l, j),
    nodeName.a(l, j),
  ]).flat();
  switch (spec.block) {
    case 'forward':
      return { equations: forwardRows(t, l, n), focus: layerNodes };
    case 'loss':
      return {
        equations: lossRows(t, n),
        focus: [...Array.from({ length: t.spec.layers[L] }, (_, k) => `e[${k}]`), 'E'],
      };
    case 'trace': {
      const p = parseParam(spec.param ?? '', t.spec);
      if ('error' in p) throw new Error(`trace step: ${p.error}`);
      return { equations: traceParam(t, p, n).equations, param: spec.param };
    }
    case 'matrix':
      return { equations: matrixRows(t, l, n), focus: layerNodes };
    case 'delta':
      return { equations: layerDeltaRows(t, l, n), focus: layerNodes };
    case 'general':
      return { equations: generalRows(t.spec.activations.includes('softmax'), n) };
    case 'update': {
      const p = parseParam(spec.param ?? 'W1[0][0]', t.spec);
      if ('error' in p) throw new Error(`update step: ${p.error}`);
      return {
        equations: updateRows(t, p, spec.learningRate ?? DEFAULT_LEARNING_RATE, n),
        param: spec.param,
      };
    }
    case 'cells':
      return { ...cellSteps(t, l, spec.of ?? 'weights', n), focus: layerNodes };
    case 'cancellation':
      return {
        equations: cancellationRows(t, spec.unit ?? 0, n),
        focus: [nodeName.a(L, spec.unit ?? 0), nodeName.z(L, spec.unit ?? 0)],
      };
    case 'accumulate':
      return { ...accumulateSteps(t, l, n), focus: layerNodes };
    case 'average':
      return { equations: averageRows(t, l, n), focus: layerNodes };
    case 'slip':
      return {
        equations: slipRows(t, l, spec.unit ?? 0, n),
        focus: [nodeName.a(l, spec.unit ?? 0), nodeName.z(l, spec.unit ?? 0)],
      };
    case 'note':
      return { equations: [] };
    case 'proof':
      // The article numbers its weights from 0: W_k is the engine's layer k + 1.
      return {
        equations: proofRows(
          t.spec,
          spec.part ?? 'total',
          (spec.layer ?? L) - 1,
          spec.seed ?? 1,
          spec.learningRate ?? DEFAULT_LEARNING_RATE,
        ),
      };
    case 'jacobian':
      return { equations: jacobianRows(t.spec) };
    case 'cost':
      return { equations: costRows() };
    case 'train':
      return {
        equations: trainingRows(
          t.spec,
          spec.learningRate ?? DEFAULT_LEARNING_RATE,
          spec.steps ?? 1000,
          n,
        ),
      };
  }
}

const CHAPTER_OF: Partial<Record<Block, Chapter>> = {
  forward: 'forward',
  loss: 'loss',
  matrix: 'matrix',
  cells: 'matrix',
  delta: 'delta',
  accumulate: 'matrix',
  average: 'update',
  general: 'general',
  update: 'update',
  cancellation: 'output',
  slip: 'output',
  proof: 'matrix',
  jacobian: 'matrix',
  cost: 'general',
  train: 'update',
};

/** The chapter a block belongs to unless the step says; a note stays in the chapter before it. */
function defaultChapter(t: Trace, spec: StepSpec): Chapter | undefined {
  if (spec.block === 'trace') {
    const layer = paramLayer(spec.param ?? '');
    return layer === t.spec.layers.length - 1 ? 'output' : 'hidden';
  }
  return CHAPTER_OF[spec.block];
}

function defaultId(spec: StepSpec, index: number): string {
  switch (spec.block) {
    case 'trace':
    case 'update':
      return `${spec.block}-${spec.param ?? index + 1}`;
    case 'loss':
    case 'general':
      return spec.block;
    case 'note':
      return `note-${index + 1}`;
    default:
      return `${spec.block}-${spec.layer ?? ''}${spec.unit !== undefined ? `-${spec.unit}` : ''}${spec.of ? `-${spec.of}` : ''}`.replace(
        /-$/,
        '',
      );
  }
}
