/**
 * How much a network costs to trace, as a number the command line can hold against a limit before
 * it starts: a trace records, for every sample, each weight's local derivative ∂z⁽ˡ⁾_j/∂a⁽ˡ⁻¹⁾_k
 * and each layer's whole n_l × n_l block of ∂a⁽ˡ⁾_i/∂z⁽ˡ⁾_j (kept whole even where only its
 * diagonal is nonzero), and a training step or a derivation walks the same numbers.
 */

import type { NetworkSpec } from './spec.ts';

/** m · Σ_l n_l · (n_{l−1} + n_l): the local derivatives a trace records over all samples. */
export function traceSize(spec: Pick<NetworkSpec, 'layers' | 'samples'>): number {
  let perSample = 0;
  for (let l = 1; l < spec.layers.length; l++)
    perSample += spec.layers[l] * (spec.layers[l - 1] + spec.layers[l]);
  return spec.samples.length * perSample;
}
