/** Node labels for the SVG graph, in the preset's notation but as plain text (no LaTeX in SVG). */

import type { Notation } from '../../derivation/notation.ts';
import { readName } from '../../engine/names.ts';
import type { NameKey } from '../../schema/notation.ts';

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

export function nodeLabel(n: Notation, name: string): NodeLabel {
  const letter = (key: NameKey) => texToPlain(n.names(key));
  const r = readName(name);
  switch (r?.kind) {
    case 'loss':
      return { base: letter('total') };
    case 'input':
    case 'error':
      return { base: letter(r.kind), sub: String(r.index + 1) };
    case 'z':
    case 'a':
      return {
        base: letter(r.kind === 'z' ? 'pre' : 'act'),
        sub: String(r.index + 1),
        ...(n.spec.layerNumbers === 'none' ? {} : { sup: `(${r.layer + n.spec.inputLayer})` }),
      };
    default:
      return { base: name };
  }
}
