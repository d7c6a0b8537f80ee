/**
 * Identity, typed: the names of shared/spec/ui-contract.md and network-spec.md §3 written and read
 * in one place. Nodes are `x[k]`, `z{l}[j]`, `a{l}[j]`, `e[k]` and `E`; parameters `W{l}[j][k]` and
 * `b{l}[j]`; a sample's own numbers `x{b}[k]` and `y{b}[k]`. An edge (one local derivative) is
 * `upper<lower`: ∂upper/∂lower, with a parameter as the lower end of the last factor of a path.
 */

/** A node of the graph the app draws. l counts layers from 1, unit indices from 0. */
export type NodeRef =
  | { kind: 'input'; index: number }
  | { kind: 'z' | 'a'; layer: number; index: number }
  | { kind: 'error'; index: number }
  | { kind: 'loss' };

/** A parameter: `W{l}[j][k]` (j the destination unit, k the source) or `b{l}[j]`. */
export type ParamRef =
  | { kind: 'weight'; layer: number; row: number; col: number }
  | { kind: 'bias'; layer: number; row: number };

/** One number of one sample: input `x{b}[k]` or target `y{b}[k]`, b and k from 0. */
export interface SampleValueRef {
  kind: 'sampleInput' | 'sampleTarget';
  sample: number;
  index: number;
}

export type NameRef = NodeRef | ParamRef | SampleValueRef;

export const nodeName = {
  x: (k: number) => `x[${k}]`,
  z: (l: number, j: number) => `z${l}[${j}]`,
  a: (l: number, j: number) => `a${l}[${j}]`,
  e: (k: number) => `e[${k}]`,
  E: 'E',
  /** a⁽ˡ⁾_k, with the inputs standing for a⁽⁰⁾. */
  activation: (l: number, k: number) => (l === 0 ? `x[${k}]` : `a${l}[${k}]`),
};

export function paramName(p: ParamRef): string {
  return p.kind === 'weight' ? `W${p.layer}[${p.row}][${p.col}]` : `b${p.layer}[${p.row}]`;
}

/** The name of any of them, as `readName` reads it back. */
export function writeName(r: NameRef): string {
  switch (r.kind) {
    case 'input':
      return nodeName.x(r.index);
    case 'z':
    case 'a':
      return `${r.kind}${r.layer}[${r.index}]`;
    case 'error':
      return nodeName.e(r.index);
    case 'loss':
      return nodeName.E;
    case 'weight':
    case 'bias':
      return paramName(r);
    case 'sampleInput':
      return `x${r.sample}[${r.index}]`;
    case 'sampleTarget':
      return `y${r.sample}[${r.index}]`;
  }
}

const NAME =
  /^(?:x\[(\d+)\]|([za])(\d+)\[(\d+)\]|e\[(\d+)\]|(E)|W(\d+)\[(\d+)\]\[(\d+)\]|b(\d+)\[(\d+)\]|([xy])(\d+)\[(\d+)\])$/;

/**
 * Reads a name of any kind, or undefined when it is none of them. Checks only the form; whether
 * a network has that unit is `parseParam`'s question (params.ts).
 */
export function readName(name: string): NameRef | undefined {
  const m = NAME.exec(name);
  if (!m) return undefined;
  const n = (i: number) => Number(m[i]);
  if (m[1] !== undefined) return { kind: 'input', index: n(1) };
  if (m[2] !== undefined) return { kind: m[2] as 'z' | 'a', layer: n(3), index: n(4) };
  if (m[5] !== undefined) return { kind: 'error', index: n(5) };
  if (m[6] !== undefined) return { kind: 'loss' };
  if (m[7] !== undefined) return { kind: 'weight', layer: n(7), row: n(8), col: n(9) };
  if (m[10] !== undefined) return { kind: 'bias', layer: n(10), row: n(11) };
  return {
    kind: m[12] === 'x' ? 'sampleInput' : 'sampleTarget',
    sample: n(13),
    index: n(14),
  };
}

/** The layer a parameter name belongs to (`W2[0][1]` → 2), or undefined for anything else. */
export function paramLayer(name: string): number | undefined {
  const r = readName(name);
  return r && (r.kind === 'weight' || r.kind === 'bias') ? r.layer : undefined;
}

/** Names one local derivative ∂upper/∂lower: `a3[0]<z3[1]`, `z1[0]<W1[0][1]`. */
export type EdgeKey = string;

export function edgeKey(upper: string, lower: string): EdgeKey {
  return `${upper}<${lower}`;
}

/** The key of a forward edge from → to: its local derivative is ∂to/∂from. */
export function keyOfEdge(e: { from: string; to: string }): EdgeKey {
  return edgeKey(e.to, e.from);
}

/** Both ends of a key, or undefined when it is not one. */
export function edgeEnds(key: EdgeKey): { upper: string; lower: string } | undefined {
  const at = key.indexOf('<');
  if (at <= 0 || at === key.length - 1 || key.indexOf('<', at + 1) >= 0) return undefined;
  return { upper: key.slice(0, at), lower: key.slice(at + 1) };
}
