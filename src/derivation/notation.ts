/**
 * How symbols are written. The engine names units from 0 (`W1[0][1]`); equations are written
 * the way textbooks write them, with subscripts from 1: W⁽¹⁾₁₂ joins unit 2 of the inputs to
 * unit 1 of layer 1. Every symbol the derivation writes comes from here.
 */

const sub = (...indices: number[]) => indices.map((i) => i + 1).join('');
const sup = (l: number) => `^{(${l})}`;

export const sym = {
  x: (k: number) => `x_{${sub(k)}}`,
  y: (k: number) => `y_{${sub(k)}}`,
  /** a⁽ˡ⁾_k, with the inputs as a⁽⁰⁾ = x. */
  a: (l: number, k: number) => (l === 0 ? sym.x(k) : `a${sup(l)}_{${sub(k)}}`),
  z: (l: number, j: number) => `z${sup(l)}_{${sub(j)}}`,
  W: (l: number, j: number, k: number) => `w${sup(l)}_{${sub(j, k)}}`,
  b: (l: number, j: number) => `b${sup(l)}_{${sub(j)}}`,
  e: (k: number) => `e_{${sub(k)}}`,
  delta: (l: number, j: number) => `\\delta${sup(l)}_{${sub(j)}}`,
  /** Whole-layer (matrix) symbols. */
  Wm: (l: number) => `W${sup(l)}`,
  bm: (l: number) => `\\mathbf{b}${sup(l)}`,
  am: (l: number) => (l === 0 ? '\\mathbf{x}' : `\\mathbf{a}${sup(l)}`),
  zm: (l: number) => `\\mathbf{z}${sup(l)}`,
  deltam: (l: number) => `\\boldsymbol{\\delta}${sup(l)}`,
  E: 'E',
  J: 'J',
};

/** ∂top/∂bottom. */
export function partial(top: string, bottom: string): string {
  return `\\frac{\\partial ${top}}{\\partial ${bottom}}`;
}

/** The symbol of a parameter named as the engine names it. */
export function paramSymbol(p: {
  kind: 'weight' | 'bias';
  layer: number;
  row: number;
  col?: number;
}): string {
  return p.kind === 'weight' ? sym.W(p.layer, p.row, p.col ?? 0) : sym.b(p.layer, p.row);
}

const ACTIVATION_TEX: Record<string, string> = {
  sigmoid: '\\sigma',
  tanh: '\\tanh',
  relu: '\\operatorname{relu}',
  linear: '\\operatorname{id}',
  softmax: '\\operatorname{softmax}',
};

/** The activation function's name in LaTeX. */
export function activationTex(f: string): string {
  return ACTIVATION_TEX[f] ?? `\\operatorname{${f}}`;
}

const NAME = /^(x|e)\[(\d+)\]$|^([za])(\d+)\[(\d+)\]$|^W(\d+)\[(\d+)\]\[(\d+)\]$|^b(\d+)\[(\d+)\]$/;

/** The symbol for a graph node or parameter named as the engine names it (`a2[0]`, `W1[0][1]`). */
export function nodeSymbol(name: string): string {
  const m = NAME.exec(name);
  if (!m) return name === 'E' ? sym.E : name;
  if (m[1] === 'x') return sym.x(Number(m[2]));
  if (m[1] === 'e') return sym.e(Number(m[2]));
  if (m[3] === 'z') return sym.z(Number(m[4]), Number(m[5]));
  if (m[3] === 'a') return sym.a(Number(m[4]), Number(m[5]));
  if (m[6]) return sym.W(Number(m[6]), Number(m[7]), Number(m[8]));
  return sym.b(Number(m[9]), Number(m[10]));
}
