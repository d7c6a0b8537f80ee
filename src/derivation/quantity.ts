/**
 * What a number on screen is. Every number a row shows carries one of these, and so does the
 * symbol it is substituted for; a test then holds each number against an independent
 * computation of the quantity it names, and each symbol against the number in its place.
 * Samples and units count from 0, layers from 1, as the engine counts them.
 */

import type { EdgeKey, ParamRef } from '../engine/names.ts';

export type Quantity =
  /** A parameter's value: W⁽ˡ⁾_jk or b⁽ˡ⁾_j. */
  | { q: 'param'; param: ParamRef }
  /** a⁽ˡ⁾_j of a sample (l = 0 is its input x). */
  | { q: 'a'; sample: number; layer: number; unit: number }
  | { q: 'z'; sample: number; layer: number; unit: number }
  /** y_k, a sample's target. */
  | { q: 'y'; sample: number; unit: number }
  /** e_k, one output's error term. */
  | { q: 'e'; sample: number; unit: number }
  /** J_b, one sample's loss (the sum of its error terms). */
  | { q: 'sampleLoss'; sample: number }
  /** J without its L2 term: (1/m or 1)·Σ_b J_b. */
  | { q: 'dataLoss' }
  /** The L2 term (λ/2m)·Σ W². */
  | { q: 'penalty' }
  /** J, the loss the network is trained on. */
  | { q: 'loss' }
  /** δ⁽ˡ⁾_j = ∂J_b/∂z⁽ˡ⁾_j. */
  | { q: 'delta'; sample: number; layer: number; unit: number }
  /** ∂J_b/∂a⁽ˡ⁾_j, what reaches a unit's output from above (l = 0: the input). */
  | { q: 'dJdA'; sample: number; layer: number; unit: number }
  /**
   * The local derivative on one edge of the graph, ∂upper/∂lower: ∂e_k/∂a_k (written ∂E/∂a_k),
   * ∂a_i/∂z_j, ∂z_j/∂a_k (a weight), ∂z_j/∂W_jk (an activation below), ∂z_j/∂b_j (1).
   */
  | { q: 'local'; sample: number; edge: EdgeKey }
  /** ∂J_b/∂θ, one sample's gradient. */
  | { q: 'sampleGradient'; sample: number; param: ParamRef }
  /** ∂J/∂θ, the gradient of the loss the network is trained on. */
  | { q: 'gradient'; param: ParamRef }
  /** λ of the L2 term. */
  | { q: 'lambda' }
  /** η of an update. */
  | { q: 'learningRate' }
  /** The bias unit a₀ = 1. */
  | { q: 'biasUnit' }
  /** θ after one full gradient step with learning rate η. */
  | { q: 'stepped'; param: ParamRef }
  /** J after one full gradient step. */
  | { q: 'steppedLoss' }
  /** What a slip gives: the activation's derivative taken at a⁽ˡ⁾_j instead of z⁽ˡ⁾_j (sample 1). */
  | { q: 'slip'; layer: number; unit: number }
  /** Δ⁽ˡ⁾ after samples 0…through have added their gradients (through = −1: the zeros it starts from). */
  | { q: 'accumulated'; param: ParamRef; through: number }
  /** A zero standing where the L2 term leaves a bias alone. */
  | { q: 'unpenalised' }
  /** Σ_b ∂J_b/∂θ over the whole batch, before the reduction and the L2 term (seeds 000, 004). */
  | { q: 'batchGradient'; param: ParamRef }
  /** Seed 000's ∂ξ/∂W with ξ = −Σ_b J_b: the batch gradient, negated. */
  | { q: 'ascent'; param: ParamRef }
  /** Seed 000's δ_k = ∂ξ/∂Z_k with ξ = −Σ_b J_b: the engine's δ of that sample, negated. */
  | { q: 'articleDelta'; sample: number; layer: number; unit: number }
  /** A number worked out in an earlier row of the same step (a path's product, say). */
  | { q: 'carried' };

export type QuantityKind = Quantity['q'];
