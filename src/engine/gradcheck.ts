/**
 * An independent check of the backward pass: each parameter's gradient measured by central
 * differences of the loss alone, with no use of δ or of any local derivative.
 */

import { allParams, type ParamRef, paramName, paramValue, withParam } from './params.ts';
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
}

export interface GradCheck {
  maxRelError: number;
  entries: GradCheckEntry[];
}

/**
 * ∂J/∂θ ≈ (−J(θ+2h) + 8J(θ+h) − 8J(θ−h) + J(θ−2h)) / 12h: the fourth-order central difference,
 * whose error is O(h⁴) instead of the two-point formula's O(h²).
 */
export function centralDifference(spec: NetworkSpec, p: ParamRef, h = GRADCHECK_STEP): number {
  const v = paramValue(spec, p);
  const lossAt = (d: number) => trace(withParam(spec, p, v + d)).loss;
  return (-lossAt(2 * h) + 8 * lossAt(h) - 8 * lossAt(-h) + lossAt(-2 * h)) / (12 * h);
}

export function relativeError(analytic: number, numeric: number): number {
  return (
    Math.abs(analytic - numeric) / Math.max(Math.abs(analytic), Math.abs(numeric), GRADCHECK_FLOOR)
  );
}

export function gradientCheck(spec: NetworkSpec): GradCheck {
  const t = trace(spec);
  const entries = allParams(spec).map((p) => {
    const analytic =
      p.kind === 'weight'
        ? t.gradWeights[p.layer - 1][p.row][p.col]
        : (t.gradBiases?.[p.layer - 1][p.row] ?? 0);
    const numeric = centralDifference(spec, p);
    return { param: paramName(p), analytic, numeric, relError: relativeError(analytic, numeric) };
  });
  const maxRelError = entries.reduce((mx, e) => Math.max(mx, e.relError), 0);
  return { maxRelError, entries };
}
