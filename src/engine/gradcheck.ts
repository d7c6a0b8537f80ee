/**
 * An independent check of the backward pass: each parameter's gradient measured by central
 * differences of the loss alone, with no use of δ or of any local derivative.
 */

import { ACTIVATION } from './activations.ts';
import { nodeName, type ParamRef, paramName } from './names.ts';
import { allParams, paramValue, withParam } from './params.ts';
import type { NetworkSpec } from './spec.ts';
import { type Trace, trace } from './trace.ts';

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
  entries: GradCheckEntry[];
  kinks: Kink[];
}

/** The steps of the fourth-order difference, in units of h. */
const STEPS = [2, 1, -1, -2] as const;
const WEIGHTS = [-1, 8, -8, 1] as const;

/**
 * ∂J/∂θ ≈ (−J(θ+2h) + 8J(θ+h) − 8J(θ−h) + J(θ−2h)) / 12h: the fourth-order central difference,
 * whose error is O(h⁴) instead of the two-point formula's O(h²).
 */
export function centralDifference(spec: NetworkSpec, p: ParamRef, h = GRADCHECK_STEP): number {
  return probe(spec, trace(spec), p, h).numeric;
}

/**
 * The difference, and the first corner any of its four evaluations stepped across: a unit whose
 * input z lies on another side of one of its activation's corners than at θ itself. There the
 * loss is not differentiable in θ, and the difference measures nothing about ∂J/∂θ.
 */
function probe(
  spec: NetworkSpec,
  at: Trace,
  p: ParamRef,
  h: number,
): { numeric: number; kink?: Kink } {
  const v = paramValue(spec, p);
  let numeric = 0;
  let kink: Kink | undefined;
  STEPS.forEach((step, i) => {
    const moved = trace(withParam(spec, p, v + step * h));
    numeric += WEIGHTS[i] * moved.loss;
    kink ??= crossedCorner(spec, at, moved, paramName(p));
  });
  return { numeric: numeric / (12 * h), ...(kink ? { kink } : {}) };
}

function crossedCorner(spec: NetworkSpec, before: Trace, after: Trace, param: string) {
  for (let l = 1; l < spec.layers.length; l++) {
    const corners = ACTIVATION[spec.activations[l - 1]].corners;
    if (corners.length === 0) continue;
    for (let b = 0; b < before.samples.length; b++) {
      const z0 = before.samples[b].layers[l - 1].z;
      const z1 = after.samples[b].layers[l - 1].z;
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

export function gradientCheck(spec: NetworkSpec): GradCheck {
  const t = trace(spec);
  const entries = allParams(spec).map((p): GradCheckEntry => {
    const analytic =
      p.kind === 'weight'
        ? t.gradWeights[p.layer - 1][p.row][p.col]
        : (t.gradBiases?.[p.layer - 1][p.row] ?? 0);
    const { numeric, kink } = probe(spec, t, p, GRADCHECK_STEP);
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
  return { maxRelError, entries, kinks: entries.flatMap((e) => (e.kink ? [e.kink] : [])) };
}
