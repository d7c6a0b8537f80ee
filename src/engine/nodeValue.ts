import { readName } from './names.ts';
import type { Trace } from './trace.ts';

/** The value a node shows: its forward value for sample 1 (E is that sample's loss). */
export function nodeValue(t: Trace, name: string): number {
  const s = t.samples[0];
  const r = readName(name);
  switch (r?.kind) {
    case 'input':
      return s.x[r.index];
    case 'z':
    case 'a':
      return s.layers[r.layer - 1][r.kind][r.index];
    case 'error':
      return s.errors[r.index];
    case 'loss':
      return s.loss;
    default:
      return Number.NaN;
  }
}
