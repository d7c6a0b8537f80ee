/**
 * Parameter names of network-spec.md §3: `W{l}[j][k]` and `b{l}[j]`, l from 1 (W1 maps the input
 * layer to layer 1), j (destination) and k (source) from 0.
 */

import { type ParamRef, paramName, readName } from './names.ts';
import type { NetworkSpec } from './spec.ts';

/**
 * Reads a parameter name and checks it against the network, or returns a message that says
 * what is wrong with it.
 */
export function parseParam(name: string, spec: NetworkSpec): ParamRef | { error: string } {
  const r = readName(name);
  if (r?.kind !== 'weight' && r?.kind !== 'bias')
    return {
      error: `${name}: not a parameter name (expected W{l}[j][k] or b{l}[j], e.g. W1[0][1])`,
    };
  const L = spec.layers.length - 1;
  const { layer, row } = r;
  if (layer < 1 || layer > L)
    return { error: `${name}: no layer ${layer} (layers run from 1 to ${L})` };
  if (row >= spec.layers[layer]) {
    return {
      error: `${name}: no unit ${row} in layer ${layer} (it has ${spec.layers[layer]} units)`,
    };
  }
  if (r.kind === 'weight') {
    const { col } = r;
    if (col >= spec.layers[layer - 1]) {
      return {
        error: `${name}: no unit ${col} in layer ${layer - 1} (it has ${spec.layers[layer - 1]} units)`,
      };
    }
    return { kind: 'weight', layer, row, col };
  }
  if (!spec.biases) return { error: `${name}: this network has no biases` };
  return { kind: 'bias', layer, row };
}

/** Every parameter of the network: weights layer by layer, row by row, then biases. */
export function allParams(spec: NetworkSpec): ParamRef[] {
  const out: ParamRef[] = [];
  spec.weights.forEach((W, i) => {
    W.forEach((row, j) => {
      row.forEach((_, k) => {
        out.push({ kind: 'weight', layer: i + 1, row: j, col: k });
      });
    });
  });
  spec.biases?.forEach((b, i) => {
    b.forEach((_, j) => {
      out.push({ kind: 'bias', layer: i + 1, row: j });
    });
  });
  return out;
}

export function paramValue(spec: NetworkSpec, p: ParamRef): number {
  if (p.kind === 'weight') return spec.weights[p.layer - 1][p.row][p.col];
  const biases = spec.biases;
  if (!biases) throw new Error(`${paramName(p)}: this network has no biases`);
  return biases[p.layer - 1][p.row];
}

/** A copy of the spec with one parameter changed; the original is left as it was. */
export function withParam(spec: NetworkSpec, p: ParamRef, value: number): NetworkSpec {
  if (p.kind === 'weight') {
    const weights = spec.weights.map((W, i) =>
      i !== p.layer - 1
        ? W
        : W.map((row, j) => (j !== p.row ? row : row.map((w, k) => (k === p.col ? value : w)))),
    );
    return { ...spec, weights };
  }
  const biases = spec.biases?.map((b, i) =>
    i !== p.layer - 1 ? b : b.map((v, j) => (j === p.row ? value : v)),
  );
  return { ...spec, biases };
}
