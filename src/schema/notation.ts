/** What a content file may say under `notation:`: how a preset writes its symbols. */

/** Every field is optional; the textbook notation fills in what is left out. */
export interface NotationSpec {
  /** Letter of one weight, e.g. `w` or `\Theta`. */
  weight?: string;
  /** Letter of the weight matrix, e.g. `W` or `\Theta`. */
  weightMatrix?: string;
  /** Subscripts of a weight: destination then source (w_jk, z = Wa) or source then destination (w_ij, Y = XW). */
  weightIndex?: 'destination-first' | 'source-first';
  /** A separate bias b_j, or a bias unit a_0 = 1 whose weight is written with index 0. */
  bias?: 'separate' | 'unit';
  /** Layer superscripts on symbols, or none (a network with one layer). */
  layerNumbers?: 'superscript' | 'none';
  /** The number the input layer gets in superscripts: 0 (x = a⁽⁰⁾) or 1 (x = a⁽¹⁾, Ng's notation). */
  inputLayer?: 0 | 1;
  /** Samples as column vectors (z = Wa) or as row vectors (Y = XW). */
  vectors?: 'column' | 'row';
  /** Letters of the scalar quantities. */
  names?: Partial<Record<NameKey, string>>;
  /** Letters of whole vectors or matrices (for row vectors, say X, Y, Z, B). */
  matrixNames?: Partial<Record<MatrixKey, string>>;
}

/** The choices of each notation field that takes one of a few values. */
export const NOTATION_CHOICES = {
  weightIndex: ['destination-first', 'source-first'],
  bias: ['separate', 'unit'],
  layerNumbers: ['superscript', 'none'],
  inputLayer: [0, 1],
  vectors: ['column', 'row'],
} as const satisfies Partial<Record<keyof NotationSpec, readonly (string | number)[]>>;

/** The notation fields that hold a letter. */
export const NOTATION_LETTERS = ['weight', 'weightMatrix'] as const;

export const NAME_KEYS = [
  'input',
  'pre',
  'act',
  'target',
  'error',
  'total',
  'cost',
  'delta',
  'bias',
] as const;
export type NameKey = (typeof NAME_KEYS)[number];

export const MATRIX_KEYS = ['input', 'pre', 'act', 'bias', 'delta'] as const;
export type MatrixKey = (typeof MATRIX_KEYS)[number];
