/**
 * Edits to the numbers of a network: any weight `W{l}[j][k]`, bias `b{l}[j]`, input `x{b}[k]` or
 * target `y{b}[k]` (b the sample, from 0). Pure: values are checked here, applied to a copy of the
 * spec, and written compactly for the URL (`W1[0][1]:0.3,x0[1]:-1`).
 */

import { paramName, readName, type SampleValueRef } from '../engine/names.ts';
import { paramValue, parseParam, withParam } from '../engine/params.ts';
import type { NetworkSpec } from '../engine/spec.ts';
import type { Text } from '../schema/language.ts';
import { parseDecimal, type Reading } from './decimal.ts';

/** Values further from zero than this are refused: they only saturate every unit. */
export const MAX_EDIT_MAGNITUDE = 1000;

export type Edits = Readonly<Record<string, number>>;

/** A sample's input or target, when the name is one. */
function sampleValue(target: string): SampleValueRef | undefined {
  const r = readName(target);
  return r?.kind === 'sampleInput' || r?.kind === 'sampleTarget' ? r : undefined;
}

/** Reads what a person typed: a decimal number within ±MAX_EDIT_MAGNITUDE, or what is wrong. */
export function parseEditValue(text: string): Reading {
  const read = parseDecimal(text);
  if ('error' in read) return read;
  const { value } = read;
  if (Math.abs(value) > MAX_EDIT_MAGNITUDE) {
    return {
      error: {
        en: `${value} is too large: use a number from −${MAX_EDIT_MAGNITUDE} to ${MAX_EDIT_MAGNITUDE}`,
        zh: `${value} 太大了：请输入 −${MAX_EDIT_MAGNITUDE} 到 ${MAX_EDIT_MAGNITUDE} 之间的数`,
      },
    };
  }
  return { value };
}

/** Whether a name is something this network has that can be edited. */
export function editTargetError(spec: NetworkSpec, target: string): string | null {
  const v = sampleValue(target);
  if (v) {
    const sample = spec.samples[v.sample];
    if (!sample) return `${target}: no sample ${v.sample} (there are ${spec.samples.length})`;
    const input = v.kind === 'sampleInput';
    const size = input ? sample.x.length : sample.y.length;
    return v.index < size
      ? null
      : `${target}: no ${input ? 'input' : 'target'} ${v.index} (there are ${size})`;
  }
  const p = parseParam(target, spec);
  return 'error' in p ? p.error : null;
}

/** The current value of an editable number. */
export function editValue(spec: NetworkSpec, target: string): number {
  const v = sampleValue(target);
  if (v) {
    const sample = spec.samples[v.sample];
    return (v.kind === 'sampleInput' ? sample.x : sample.y)[v.index];
  }
  const p = parseParam(target, spec);
  if ('error' in p) throw new Error(p.error);
  return paramValue(spec, p);
}

/** A copy of the spec with every edit applied; the original is left as it was. */
export function applyEdits(spec: NetworkSpec, edits: Edits): NetworkSpec {
  let out = spec;
  for (const [target, value] of Object.entries(edits)) {
    const v = sampleValue(target);
    if (v) {
      const input = v.kind === 'sampleInput';
      out = {
        ...out,
        samples: out.samples.map((s, i) => {
          if (i !== v.sample) return s;
          const values = (input ? s.x : s.y).map((old, j) => (j === v.index ? value : old));
          return input ? { x: values, y: s.y } : { x: s.x, y: values };
        }),
      };
      continue;
    }
    const p = parseParam(target, out);
    if (!('error' in p)) out = withParam(out, p, value);
  }
  return out;
}

/** `W1[0][1]:0.3,x0[1]:-1`, in a stable order. */
export function writeEdits(edits: Edits): string {
  return Object.keys(edits)
    .sort()
    .map((target) => `${target}:${edits[target]}`)
    .join(',');
}

/**
 * The items of the URL form. A piece starting with a digit after a comma is the rest of the
 * number before it (`W1[0][0]:1,000`): kept with it, so the number is refused as written with
 * a comma instead of being read as 1.
 */
function items(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(',')) {
    if (out.length > 0 && /^\d/.test(piece) && !piece.includes(':'))
      out[out.length - 1] += `,${piece}`;
    else if (piece !== '') out.push(piece);
  }
  return out;
}

/** Reads the URL form back, keeping what fits the network and naming what does not, and why. */
export function readEdits(
  text: string,
  spec: NetworkSpec,
): { edits: Record<string, number>; ignored: string[]; problems: Text[] } {
  const edits: Record<string, number> = {};
  const ignored: string[] = [];
  const problems: Text[] = [];
  for (const item of items(text)) {
    const at = item.lastIndexOf(':');
    const target = at < 0 ? item : item.slice(0, at);
    const parsed = at < 0 ? null : parseEditValue(item.slice(at + 1));
    const wrongTarget = editTargetError(spec, target);
    if (parsed && !('error' in parsed) && !wrongTarget) {
      edits[target] = parsed.value;
      continue;
    }
    ignored.push(item);
    if (!parsed) problems.push({ en: 'expected NAME:VALUE', zh: '应写成 名称:数值' });
    else if (wrongTarget)
      problems.push({ en: wrongTarget.replace(/^[^:]*: /, ''), zh: `这个网络中没有 ${target}` });
    else if ('error' in parsed) problems.push(parsed.error);
  }
  return { edits, ignored, problems };
}

/** The edits that turn `base` into `changed`: every weight and bias whose value differs. */
export function editsBetween(base: NetworkSpec, changed: NetworkSpec): Record<string, number> {
  const out: Record<string, number> = {};
  changed.weights.forEach((W, i) => {
    W.forEach((row, j) => {
      row.forEach((w, k) => {
        if (w !== base.weights[i][j][k])
          out[paramName({ kind: 'weight', layer: i + 1, row: j, col: k })] = w;
      });
    });
  });
  changed.biases?.forEach((b, i) => {
    b.forEach((v, j) => {
      if (v !== base.biases?.[i][j]) out[paramName({ kind: 'bias', layer: i + 1, row: j })] = v;
    });
  });
  return out;
}
