/** Node labels for the SVG graph, in the preset's notation but as plain text (no LaTeX in SVG). */

import type { NameKey, Notation } from '../../derivation/notation.ts';

const GREEK: Record<string, string> = {
  Theta: 'Θ',
  theta: 'θ',
  delta: 'δ',
  sigma: 'σ',
  alpha: 'α',
  xi: 'ξ',
};

const SUPERSCRIPT: Record<string, string> = {
  '(': '⁽',
  ')': '⁾',
  b: 'ᵇ',
  l: 'ˡ',
  L: 'ᴸ',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
};

/** \text{loss} → loss, \Theta → Θ, ^{(b)} → ⁽ᵇ⁾, other commands dropped. */
export function texToPlain(tex: string): string {
  return tex
    .replace(/\^\{([^}]*)\}/g, (_, inner: string) =>
      [...inner].map((c) => SUPERSCRIPT[c] ?? c).join(''),
    )
    .replace(/\\(?:text|mathrm|mathit|operatorname)\{([^}]*)\}/g, '$1')
    .replace(/\\([A-Za-z]+)/g, (_, name: string) => GREEK[name] ?? '')
    .replace(/[{}]/g, '');
}

export interface NodeLabel {
  base: string;
  sub?: string;
  sup?: string;
}

const NAME = /^([xe])\[(\d+)\]$|^([za])(\d+)\[(\d+)\]$/;

export function nodeLabel(n: Notation, name: string): NodeLabel {
  const letter = (key: NameKey) => texToPlain(n.names(key));
  if (name === 'E') return { base: letter('total') };
  const m = NAME.exec(name);
  if (!m) return { base: name };
  if (m[1])
    return { base: letter(m[1] === 'x' ? 'input' : 'error'), sub: String(Number(m[2]) + 1) };
  const layer = Number(m[4]) + n.spec.inputLayer;
  return {
    base: letter(m[3] === 'z' ? 'pre' : 'act'),
    sub: String(Number(m[5]) + 1),
    ...(n.spec.layerNumbers === 'none' ? {} : { sup: `(${layer})` }),
  };
}
