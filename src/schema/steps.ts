/**
 * What a content file (or the default storyline) may say under `steps:`: the chapters a
 * derivation runs through, the general blocks a step is made of, and one step's description.
 */

import type { Text } from './language.ts';

export const CHAPTERS = [
  'forward',
  'loss',
  'output',
  'hidden',
  'delta',
  'matrix',
  'general',
  'update',
] as const;
export type Chapter = (typeof CHAPTERS)[number];

/** The general blocks a step can be made of; a content file names them under `steps:`. */
export const BLOCKS = [
  'forward',
  'loss',
  'trace',
  'matrix',
  'delta',
  'general',
  'update',
  'cells',
  'cancellation',
  'accumulate',
  'average',
  'slip',
  'note',
  'proof',
  'jacobian',
  'cost',
  'train',
] as const;
export type Block = (typeof BLOCKS)[number];

/** Which gradient a `cells` block fills: ∂/∂W, ∂/∂b or ∂/∂x. */
export const CELLS_OF = ['weights', 'biases', 'inputs'] as const;
export type CellsOf = (typeof CELLS_OF)[number];

/** Which lines of a proof by differentials a `proof` block shows. */
export const PROOF_PARTS = ['setup', 'output', 'layer', 'total', 'identities', 'ascent'] as const;
export type ProofPart = (typeof PROOF_PARTS)[number];

/** One step as a content file (or the default storyline) describes it. */
export interface StepSpec {
  id?: string;
  block: Block;
  chapter?: Chapter;
  /** Engine layer number l = 1…L, for blocks about a layer. */
  layer?: number;
  /** Parameter name (`W1[0][1]`, `b2[0]`) for trace and update. */
  param?: string;
  /** Unit index from 0, for cancellation and slip. */
  unit?: number;
  /** Which gradient the cells block fills. */
  of?: CellsOf;
  /** η of an update or of training. */
  learningRate?: number;
  /** Which lines of a proof by differentials. */
  part?: ProofPart;
  /** Seed of the random direction dW a proof is checked along. */
  seed?: number;
  /** Steps of training. */
  steps?: number;
  title: Text;
  text: Text;
  source?: Text;
}
