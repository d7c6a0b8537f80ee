/**
 * A deterministic sample of a network's parameters, for a gradient check that cannot afford them
 * all: the same seed gives the same sample, and every weight matrix and bias vector has a share
 * of it, in proportion to its size and never none.
 */

import type { ParamRef } from './names.ts';
import { seededRandom } from './random.ts';
import type { NetworkSpec } from './spec.ts';

/** One weight matrix or bias vector, its parameters numbered row by row. */
interface Group {
  size: number;
  at(i: number): ParamRef;
}

function groupsOf(spec: NetworkSpec): Group[] {
  const weights = spec.weights.map((W, i): Group => {
    const cols = W[0]?.length ?? 0;
    return {
      size: W.length * cols,
      at: (n) => ({ kind: 'weight', layer: i + 1, row: Math.floor(n / cols), col: n % cols }),
    };
  });
  const biases = (spec.biases ?? []).map(
    (b, i): Group => ({ size: b.length, at: (n) => ({ kind: 'bias', layer: i + 1, row: n }) }),
  );
  return [...weights, ...biases];
}

/**
 * About `count` parameters (exactly, unless count is below the number of matrices and vectors,
 * each of which gives one), in allParams' order: weights layer by layer, row by row, then biases.
 */
export function sampleParams(spec: NetworkSpec, count: number, seed: number): ParamRef[] {
  const groups = groupsOf(spec);
  const total = groups.reduce((s, g) => s + g.size, 0);
  const quotas = shares(
    groups.map((g) => g.size),
    Math.min(count, total),
  );
  const rand = seededRandom(seed);
  return groups.flatMap((g, i) => distinct(quotas[i], g.size, rand).map((n) => g.at(n)));
}

/**
 * One from each group, and the rest split in proportion to what each has left, by largest
 * remainder, so the shares add up to `count` (when count covers one per group).
 */
function shares(sizes: readonly number[], count: number): number[] {
  const quotas = sizes.map(() => 1);
  const extra = count - sizes.length;
  const room = sizes.map((s) => s - 1);
  const roomTotal = room.reduce((s, r) => s + r, 0);
  if (extra <= 0 || roomTotal === 0) return quotas;
  const exact = room.map((r) => (extra * r) / roomTotal);
  for (const [i, e] of exact.entries()) quotas[i] += Math.floor(e);
  let left = count - quotas.reduce((s, q) => s + q, 0);
  const byRemainder = exact
    .map((e, i) => ({ i, rest: e - Math.floor(e) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    quotas[i]++;
    left--;
  }
  return quotas;
}

/** q distinct numbers of 0…n − 1, ascending (Floyd's algorithm: q draws, whatever n is). */
function distinct(q: number, n: number, rand: () => number): number[] {
  const chosen = new Set<number>();
  for (let j = n - q; j < n; j++) {
    const t = Math.floor(rand() * (j + 1));
    chosen.add(chosen.has(t) ? j : t);
  }
  return [...chosen].sort((a, b) => a - b);
}
