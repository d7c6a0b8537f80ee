/**
 * How symbols are written: a view over the engine's one storage convention, chosen per preset.
 * The engine names units from 0 (`W1[0][1]`: row = destination unit); equations are written with
 * subscripts from 1, in the index order, letters and layer numbering the preset asks for.
 */

import { ACTIVATION } from '../engine/activations.ts';
import { readName } from '../engine/names.ts';
import type { Activation } from '../engine/spec.ts';
import type { MatrixKey, NameKey, NotationSpec } from '../schema/notation.ts';

const DEFAULT_NAMES: Record<NameKey, string> = {
  input: 'x',
  pre: 'z',
  act: 'a',
  target: 'y',
  error: 'e',
  total: 'E',
  cost: 'J',
  delta: '\\delta',
  bias: 'b',
};

/** A unit index from 0, or a symbolic index such as 'j'. */
export type Index = number | string;

export interface Notation {
  readonly spec: Required<Omit<NotationSpec, 'names' | 'matrixNames'>>;
  /** x_k: an input. */
  x(k: Index): string;
  y(k: Index): string;
  /** a⁽ˡ⁾_k, with the inputs standing for layer 0. */
  a(l: number, k: Index): string;
  z(l: number, j: Index): string;
  /** The weight from unit k of layer l − 1 to unit j of layer l (engine W{l}[j][k]). */
  W(l: number, j: Index, k: Index): string;
  /** The bias of unit j of layer l: b_j or Θ_{j0}. */
  b(l: number, j: number): string;
  /** The bias unit a₀ = 1 of layer l − 1, when the notation has one. */
  biasUnit(l: number): string;
  e(k: Index): string;
  delta(l: number, j: Index): string;
  E: string;
  /** The loss of sample b: E_b, or the name itself when it already says (b). */
  Eb: string;
  J: string;
  Wm(l: number): string;
  bm(l: number): string;
  am(l: number): string;
  zm(l: number): string;
  deltam(l: number): string;
  /**
   * A whole-layer symbol at a symbolic layer: offset k from l (or 'L' for the output layer),
   * counted in the engine's numbering and written in the notation's own.
   */
  layered(kind: 'W' | 'b' | 'a' | 'z' | 'delta', at: number | 'L'): string;
  /** The layer superscript of the weights into engine layer l, for symbols like Δ⁽ˡ⁾ and D⁽ˡ⁾. */
  weightSup(l: number): string;
  /** The letter the notation uses for a kind of quantity (`act` → a, or z in seed 001). */
  names(key: NameKey): string;
  /** The symbol of a graph node or parameter named as the engine names it (`a2[0]`, `W1[0][1]`). */
  node(name: string): string;
  param(p: { kind: 'weight' | 'bias'; layer: number; row: number; col?: number }): string;
}

/** ∂top/∂bottom. */
export function partial(top: string, bottom: string): string {
  return `\\frac{\\partial ${top}}{\\partial ${bottom}}`;
}

/** The activation function's name in LaTeX. */
export function activationTex(f: Activation): string {
  return ACTIVATION[f].tex;
}

export function makeNotation(spec: NotationSpec = {}): Notation {
  const s = {
    weight: spec.weight ?? 'w',
    weightMatrix: spec.weightMatrix ?? 'W',
    weightIndex: spec.weightIndex ?? 'destination-first',
    bias: spec.bias ?? 'separate',
    layerNumbers: spec.layerNumbers ?? 'superscript',
    inputLayer: spec.inputLayer ?? 0,
    vectors: spec.vectors ?? 'column',
  } as const;
  const names = { ...DEFAULT_NAMES, ...spec.names };
  const row = s.vectors === 'row';
  const matrix: Record<MatrixKey, string> = {
    input: row ? 'X' : '\\mathbf{x}',
    pre: row ? names.pre.toUpperCase() : `\\mathbf{${names.pre}}`,
    act: row ? names.act.toUpperCase() : `\\mathbf{${names.act}}`,
    bias: row ? 'B' : `\\mathbf{${names.bias}}`,
    delta: '\\boldsymbol{\\delta}',
    ...spec.matrixNames,
  };
  /** Subscripts from 1; a string (a symbolic index such as j) is written as it is. */
  const sub = (...indices: Index[]) =>
    indices
      .map((i) => (typeof i === 'string' ? i : i + 1))
      .join(indices.length > 1 && indices.some((i) => typeof i === 'string' || i >= 9) ? ',' : '');
  /** Superscript for a unit of engine layer l (z, a, δ). */
  const unitLayer = (l: number) => (s.layerNumbers === 'none' ? '' : `^{(${l + s.inputLayer})}`);
  /** Superscript for the weights into engine layer l. */
  const weightLayer = (l: number) => (s.layerNumbers === 'none' ? '' : `^{(${l})}`);
  const n: Notation = {
    spec: s,
    x: (k) => `${names.input}_{${sub(k)}}`,
    y: (k) => `${names.target}_{${sub(k)}}`,
    a: (l, k) => (l === 0 ? n.x(k) : `${names.act}${unitLayer(l)}_{${sub(k)}}`),
    z: (l, j) => `${names.pre}${unitLayer(l)}_{${sub(j)}}`,
    W: (l, j, k) =>
      `${s.weight}${weightLayer(l)}_{${s.weightIndex === 'destination-first' ? sub(j, k) : sub(k, j)}}`,
    b: (l, j) =>
      s.bias === 'unit'
        ? `${s.weight}${weightLayer(l)}_{${s.weightIndex === 'destination-first' ? `${j + 1}0` : `0${j + 1}`}}`
        : `${names.bias}${weightLayer(l)}_{${sub(j)}}`,
    biasUnit: (l) => `${names.act}${unitLayer(l - 1)}_{0}`,
    e: (k) => `${names.error}_{${sub(k)}}`,
    delta: (l, j) => `${names.delta}${unitLayer(l)}_{${sub(j)}}`,
    E: names.total,
    Eb: names.total.includes('(b)') ? names.total : `${names.total}_b`,
    J: names.cost,
    Wm: (l) => `${s.weightMatrix}${weightLayer(l)}`,
    bm: (l) => `${matrix.bias}${weightLayer(l)}`,
    am: (l) => (l === 0 ? matrix.input : `${matrix.act}${unitLayer(l)}`),
    zm: (l) => `${matrix.pre}${unitLayer(l)}`,
    deltam: (l) => `${matrix.delta}${unitLayer(l)}`,
    names: (key) => names[key],
    weightSup: (l) => weightLayer(l),
    layered: (kind, at) => {
      // The symbolic l is the notation's own layer number; weights into layer l are numbered
      // l − inputLayer (Ng's Θ⁽ˡ⁾ carries layer l to l + 1).
      const written = (k: number) => (k === 0 ? 'l' : k > 0 ? `l+${k}` : `l-${-k}`);
      const offset =
        at === 'L' ? 'L' : written(kind === 'W' || kind === 'b' ? at - s.inputLayer : at);
      const sup = s.layerNumbers === 'none' ? '' : `^{(${offset})}`;
      // With no layer numbers (one layer), the activation below it is simply the input X.
      if (kind === 'a' && at === -1 && s.layerNumbers === 'none') return matrix.input;
      const letter = {
        W: s.weightMatrix,
        b: matrix.bias,
        a: matrix.act,
        z: matrix.pre,
        delta: matrix.delta,
      }[kind];
      return `${letter}${sup}`;
    },
    node: (name) => {
      const r = readName(name);
      switch (r?.kind) {
        case 'input':
          return n.x(r.index);
        case 'error':
          return n.e(r.index);
        case 'z':
          return n.z(r.layer, r.index);
        case 'a':
          return n.a(r.layer, r.index);
        case 'loss':
          return n.E;
        case 'weight':
        case 'bias':
          return n.param(r);
        default:
          return name;
      }
    },
    param: (p) => (p.kind === 'weight' ? n.W(p.layer, p.row, p.col ?? 0) : n.b(p.layer, p.row)),
  };
  return n;
}

/** Textbook notation: w⁽ˡ⁾_jk destination first, column vectors, a separate bias, x = a⁽⁰⁾. */
export const DEFAULT_NOTATION = makeNotation();
