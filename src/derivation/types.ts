/**
 * The typed records a derivation is made of. Pure data: numbers stay numbers (a view formats
 * them), so every number a step shows can be read back and checked against the engine.
 */

import type { EdgeKey } from '../engine/names.ts';
import type { Text } from '../schema/language.ts';
import type { Chapter } from '../schema/steps.ts';
import type { Quantity } from './quantity.ts';

/** Names one local derivative ∂upper/∂lower as names.ts writes it (`a3[0]<z3[1]`, `z1[0]<W1[0][1]`). */
export type FactorKey = EdgeKey;

/** One piece of an equation. Exactly one of tex, value or matrix is set. */
export interface Part {
  /** A LaTeX fragment, complete in itself. */
  tex?: string;
  /** A number the engine computed, formatted by the view. */
  value?: number;
  /** A matrix of engine numbers, rows first, shown as a bracketed matrix. */
  matrix?: readonly (readonly number[])[];
  /** Data the view draws instead of typesetting: a heatmap, a curve, or a measured table. */
  figure?: Figure;
  /** For a matrix of editable numbers: the name of what each cell holds (`W1[0][1]`, `x0[1]`), or null. */
  cells?: readonly (readonly (string | null)[])[];
  /** For a matrix that fills up: the frame at which each cell shows its number (□ before). */
  cellReveal?: readonly (readonly number[])[];
  /** For a value: wrap a negative number in parentheses (it follows a product sign). */
  paren?: boolean;
  /** The local derivative this piece stands for, shared with its edge in the graph. */
  factor?: FactorKey;
  /** What the number (or the symbol it stands for) is: an engine quantity, named. */
  of?: Quantity;
  /** For a matrix: what each entry is, rows first. */
  ofCells?: readonly (readonly Quantity[])[];
  /** Colour slot (0…6) shared with the graph edge: a factor's distance from the loss. */
  color?: number;
  /** Animation frame at which this part appears; absent means always shown. */
  reveal?: number;
}

/** Number of colour slots factors cycle through (the theme defines them). */
export const COLORS = 7;

/** Numbers drawn rather than typeset (still the engine's numbers). */
export type Figure =
  | { kind: 'heatmap'; matrix: readonly (readonly number[])[] }
  | { kind: 'curve'; values: readonly number[] }
  /** Sizes (n, m, h, k) at which the view times both forms of the gradient, in the browser. */
  | { kind: 'cost'; sizes: readonly (readonly [number, number, number, number])[] };

export type EquationKind =
  | 'definition'
  | 'symbolic'
  | 'substituted'
  | 'value'
  | 'matrix'
  | 'general';

/**
 * One row of a derivation, laid out as lhs | rel | rhs so that rows align on their relation.
 * A row with an empty lhs continues the row above it.
 */
export interface Equation {
  kind: EquationKind;
  lhs: Part[];
  /** '=', '+' (another term of the sum above), '\\leftarrow' (an update), or ''. */
  rel: string;
  rhs: Part[];
  /** The number the row's right-hand side comes to, as the engine computed it. */
  value?: number;
  /**
   * What the row's numbers say, as a sum of products: the rhs equals Σ_i Π_j terms[i][j].
   * Tests evaluate it and hold it against `value`.
   */
  terms?: number[][];
  /**
   * An independent measurement the value must agree with, shown beside it: for a line of a
   * proof by differentials, the central difference of the loss along the same direction.
   */
  check?: number;
  /** The unit whose δ this row defines (`z2[0]`), so a view can show when a δ is reused. */
  delta?: string;
  /** Animation frame at which the row appears; absent means always shown. */
  reveal?: number;
}

/** What one animation frame lights: edges of the graph (as `${to}<${from}` keys) and a colour. */
export interface TraceFrame {
  keys: FactorKey[];
  color: number;
}

export interface Step {
  /** Stable within a network, e.g. `forward-2` or `trace-W1[0][0]`. */
  id: string;
  chapter: Chapter;
  title: Text;
  narration: Text;
  /** The part of a source article the step follows, when it follows one. */
  source?: Text;
  equations: Equation[];
  /** The parameter this step traces back to the loss, when it traces one. */
  param?: string;
  /** Frames of the step's own animation (a matrix filling cell by cell), when it has one. */
  frames?: TraceFrame[];
  /** Graph nodes the step is about (a layer in the forward pass, say). */
  focus: string[];
}
