/**
 * An independent check of the backward pass: each parameter's gradient measured by central
 * differences of the loss alone, with no use of δ or of any local derivative.
 */

import { ACTIVATION } from './activations.ts';
import { forwardLoss } from './forwardLoss.ts';
import { nodeName, type ParamRef, paramName } from './names.ts';
import { sampleParams } from './paramSample.ts';
import { allParams, paramValue, withParam } from './params.ts';
import type { NetworkSpec } from './spec.ts';
import { trace } from './trace.ts';

/** Step of the central difference. */
export const GRADCHECK_STEP = 1e-3;

/**
 * Gradients below this size are compared against it rather than against themselves: the
 * difference quotient carries about 1e-12 of rounding, so a relative error of a gradient
 * near 0 would measure only that rounding.
 */
export const GRADCHECK_FLOOR = 1e-5;

export interface GradCheckEntry {
  param: string;
  /** ∂J/∂θ from the backward pass. */
  analytic: number;
  /** The same from differences of J. */
  numeric: number;
  /** |analytic − numeric| / max(|analytic|, |numeric|, GRADCHECK_FLOOR). */
  relError: number;
  /** Where the difference straddled a corner (network-spec.md §4); then relError is not counted. */
  kink?: Kink;
}

/** A corner of an activation that a parameter's central difference stepped across. */
export interface Kink {
  param: string;
  /** The unit whose input crossed the corner, `z{l}[j]`. */
  at: string;
  /** The sample in which it did, from 0. */
  sample: number;
  /** That unit's input before the step. */
  z: number;
}

export interface GradCheck {
  /** The largest relative error over the parameters whose difference straddled no corner. */
  maxRelError: number;
  /** One per parameter checked, in allParams' order. */
  entries: GradCheckEntry[];
  kinks: Kink[];
  /** How many parameters were checked… */
  checked: number;
  /** …of how many the network has. */
  of: number;
}

/**
 * What a whole check may cost, in checked parameters × parameters × samples: each checked
 * parameter costs four forward passes, each about parameters × samples multiply-adds. Every
 * parameter is checked while parameters² × samples stays within it (5,000 parameters of one
 * sample); past that, a seeded sample (GRADCHECK_SEED) of ⌊budget / (parameters × samples)⌋.
 */
export const GRADCHECK_BUDGET = 25_000_000;

/** The fewest parameters a sampled check takes, however large the network. */
export const GRADCHECK_MIN_CHECKED = 100;

/** The sample's seed: the same network is always checked on the same parameters. */
export const GRADCHECK_SEED = 1;

/** How many parameters a check of this network covers (all of them, for a small network). */
export function gradcheckCount(spec: NetworkSpec, budget = GRADCHECK_BUDGET): number {
  const of = allParamCount(spec);
  const perParam = of * spec.samples.length;
  if (of * perParam <= budget) return of;
  return Math.min(of, Math.max(GRADCHECK_MIN_CHECKED, Math.floor(budget / perParam)));
}

function allParamCount(spec: NetworkSpec): number {
  let n = 0;
  for (const W of spec.weights) for (const row of W) n += row.length;
  for (const b of spec.biases ?? []) n += b.length;
  return n;
}

/** The steps of the fourth-order difference, in units of h. */
const STEPS = [2, 1, -1, -2] as const;
const WEIGHTS = [-1, 8, -8, 1] as const;

/**
 * ∂J/∂θ ≈ (−J(θ+2h) + 8J(θ+h) − 8J(θ−h) + J(θ−2h)) / 12h: the fourth-order central difference,
 * whose error is O(h⁴) instead of the two-point formula's O(h²).
 */
export function centralDifference(spec: NetworkSpec, p: ParamRef, h = GRADCHECK_STEP): number {
  return probe(spec, forwardLoss(spec).z, p, h).numeric;
}

/**
 * The difference, and the first corner any of its four evaluations stepped across: a unit whose
 * input z lies on another side of one of its activation's corners than at θ itself. There the
 * loss is not differentiable in θ, and the difference measures nothing about ∂J/∂θ.
 */
function probe(
  spec: NetworkSpec,
  at: readonly (readonly (readonly number[])[])[],
  p: ParamRef,
  h: number,
): { numeric: number; kink?: Kink } {
  const v = paramValue(spec, p);
  let numeric = 0;
  let kink: Kink | undefined;
  STEPS.forEach((step, i) => {
    const moved = forwardLoss(withParam(spec, p, v + step * h));
    numeric += WEIGHTS[i] * moved.loss;
    kink ??= crossedCorner(spec, at, moved.z, paramName(p));
  });
  return { numeric: numeric / (12 * h), ...(kink ? { kink } : {}) };
}

/** before[b][l − 1][j] and after[b][l − 1][j]: z⁽ˡ⁾_j of sample b at θ and at a moved θ. */
function crossedCorner(
  spec: NetworkSpec,
  before: readonly (readonly (readonly number[])[])[],
  after: readonly (readonly (readonly number[])[])[],
  param: string,
) {
  for (let l = 1; l < spec.layers.length; l++) {
    const corners = ACTIVATION[spec.activations[l - 1]].corners;
    if (corners.length === 0) continue;
    for (let b = 0; b < before.length; b++) {
      const z0 = before[b][l - 1];
      const z1 = after[b][l - 1];
      for (let j = 0; j < z0.length; j++) {
        if (side(corners, z0[j]) !== side(corners, z1[j]))
          return { param, at: nodeName.z(l, j), sample: b, z: z0[j] };
      }
    }
  }
  return undefined;
}

/** Which of the intervals the corners cut the line into holds z, as ReLU's derivative sees it (z ≤ c or z > c). */
function side(corners: readonly number[], z: number): number {
  let k = 0;
  for (const c of corners) if (z > c) k++;
  return k;
}

export function relativeError(analytic: number, numeric: number): number {
  return (
    Math.abs(analytic - numeric) / Math.max(Math.abs(analytic), Math.abs(numeric), GRADCHECK_FLOOR)
  );
}

/**
 * Every parameter's gradient against its central difference, or, past GRADCHECK_BUDGET, a
 * seeded sample spread over every weight matrix and bias vector (`checked` of `of`).
 */
export function gradientCheck(spec: NetworkSpec, budget = GRADCHECK_BUDGET): GradCheck {
  const t = trace(spec);
  const at = t.samples.map((s) => s.layers.map((layer) => layer.z));
  const of = allParamCount(spec);
  const count = gradcheckCount(spec, budget);
  const params = count < of ? sampleParams(spec, count, GRADCHECK_SEED) : allParams(spec);
  const entries = params.map((p): GradCheckEntry => {
    const analytic =
      p.kind === 'weight'
        ? t.gradWeights[p.layer - 1][p.row][p.col]
        : (t.gradBiases?.[p.layer - 1][p.row] ?? 0);
    const { numeric, kink } = probe(spec, at, p, GRADCHECK_STEP);
    return {
      param: paramName(p),
      analytic,
      numeric,
      relError: relativeError(analytic, numeric),
      ...(kink ? { kink } : {}),
    };
  });
  const smooth = entries.filter((e) => !e.kink);
  const maxRelError = smooth.reduce((mx, e) => Math.max(mx, e.relError), 0);
  return {
    maxRelError,
    entries,
    kinks: entries.flatMap((e) => (e.kink ? [e.kink] : [])),
    checked: entries.length,
    of,
  };
}
