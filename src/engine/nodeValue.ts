import type { Trace } from './trace.ts';

const NAME = /^x\[(\d+)\]$|^([za])(\d+)\[(\d+)\]$|^e\[(\d+)\]$|^E$/;

/** The value a node shows: its forward value for sample 1 (E is that sample's loss). */
export function nodeValue(t: Trace, name: string): number {
  const s = t.samples[0];
  const m = NAME.exec(name);
  if (!m) return Number.NaN;
  if (m[1] !== undefined) return s.x[Number(m[1])];
  if (m[2] !== undefined) {
    const layer = s.layers[Number(m[3]) - 1];
    return (m[2] === 'z' ? layer.z : layer.a)[Number(m[4])];
  }
  if (m[5] !== undefined) return s.errors[Number(m[5])];
  return s.loss;
}
