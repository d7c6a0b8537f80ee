/**
 * Where a trace first holds a number that is not finite (±∞ or NaN). JSON writes such a number
 * as null, so without this a network of numbers near 1.8e308 would print a trace of nulls and
 * exit as if it had worked. The quantities are visited in the order they are caused: every
 * sample's forward pass, then the total loss, then every sample's backward pass, then the
 * gradients; the first one that is not finite is where the overflow arose, and everything after
 * it only inherits it.
 */

import type { ParamRef } from './names.ts';
import { allParams } from './params.ts';
import { gradientOf, type Trace } from './trace.ts';

/** One quantity of a trace, typed; the command line writes it out (cli/nonFiniteMessage.ts). */
export type TraceQuantity =
  /** z⁽ˡ⁾_j or a⁽ˡ⁾_j of one sample. */
  | { kind: 'z' | 'a'; sample: number; layer: number; unit: number }
  /** ∂a⁽ˡ⁾_i/∂z⁽ˡ⁾_j of one sample: the activation's local derivative. */
  | { kind: 'dAdZ'; sample: number; layer: number; unit: number; of: number }
  /** e_k, one output's error term, of one sample. */
  | { kind: 'error'; sample: number; unit: number }
  /** J_b, one sample's loss. */
  | { kind: 'sampleLoss'; sample: number }
  /** The L2 term (λ/2m)·Σ W². */
  | { kind: 'penalty' }
  /** J, the total. */
  | { kind: 'loss' }
  /** ∂J_b/∂a⁽ˡ⁾_j or δ⁽ˡ⁾_j = ∂J_b/∂z⁽ˡ⁾_j of one sample. */
  | { kind: 'dJdA' | 'delta'; sample: number; layer: number; unit: number }
  /** ∂J/∂θ. */
  | { kind: 'gradient'; param: ParamRef };

export interface NonFinite {
  quantity: TraceQuantity;
  /** ±Infinity or NaN. */
  value: number;
}

/** The first quantity of the trace, in causal order, that is not finite; undefined if none. */
export function firstNonFinite(t: Trace): NonFinite | undefined {
  for (const found of quantities(t)) if (!Number.isFinite(found.value)) return found;
  return undefined;
}

function* quantities(t: Trace): Generator<NonFinite> {
  for (const [sample, s] of t.samples.entries()) {
    for (const [i, layer] of s.layers.entries()) {
      const at = { sample, layer: i + 1 };
      for (const [unit, value] of layer.z.entries())
        yield { quantity: { kind: 'z', ...at, unit }, value };
      for (const [unit, value] of layer.a.entries())
        yield { quantity: { kind: 'a', ...at, unit }, value };
      for (const [unit, row] of layer.dAdZ.entries())
        for (const [of, value] of row.entries())
          yield { quantity: { kind: 'dAdZ', ...at, unit, of }, value };
    }
    for (const [unit, value] of s.errors.entries())
      yield { quantity: { kind: 'error', sample, unit }, value };
    yield { quantity: { kind: 'sampleLoss', sample }, value: s.loss };
  }
  yield { quantity: { kind: 'penalty' }, value: t.penalty };
  yield { quantity: { kind: 'loss' }, value: t.loss };
  for (const [sample, s] of t.samples.entries()) {
    // Backward from the output, as the pass runs: ∂J_b/∂a⁽ˡ⁾ and then δ⁽ˡ⁾, layer L first.
    for (let l = s.layers.length; l >= 1; l--) {
      const layer = s.layers[l - 1];
      for (const [unit, value] of layer.dJdA.entries())
        yield { quantity: { kind: 'dJdA', sample, layer: l, unit }, value };
      for (const [unit, value] of layer.delta.entries())
        yield { quantity: { kind: 'delta', sample, layer: l, unit }, value };
    }
  }
  for (const param of allParams(t.spec))
    yield { quantity: { kind: 'gradient', param }, value: gradientOf(t, param) };
}
