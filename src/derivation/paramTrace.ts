/**
 * The chain rule for one parameter, as the app traces it: every path from the loss back to the
 * parameter, written symbolically, then with numbers, then summed; δ named at each unit the
 * paths pass, which is where backprop saves its work; and the cost of listing paths set against
 * backprop's. Sample 1 is written out; with several samples the last rows average them.
 */

import { edgeKey, nodeName, type ParamRef, paramName } from '../engine/names.ts';
import {
  type ChainFactor,
  type ChainPath,
  enumeratePaths,
  pathsFromLoss,
} from '../engine/paths.ts';
import { gradientOf, type Trace } from '../engine/trace.ts';
import { deltaRows } from './deltaRows.ts';
import {
  constant,
  expand,
  expressionRows,
  group,
  leaf,
  product,
  substituted as substitutedParts,
  sum,
  symbolic as symbolicParts,
} from './expression.ts';
import { leavesOf } from './leaves.ts';
import { DEFAULT_NOTATION, type Notation, partial } from './notation.ts';
import { num, tex } from './parts.ts';
import { type PathCost, pathCost } from './pathCost.ts';
import { type Subgraph, subgraphTo } from './subgraph.ts';
import { COLORS, type Equation, type FactorKey, type TraceFrame } from './types.ts';

/** Paths per sample up to which every path is written out; past it, only the δ form. */
export const MAX_LISTED_PATHS = 8;

export interface ParamTrace {
  param: string;
  equations: Equation[];
  /** Frames 1…n of the animation; a part or row with reveal = f appears at frame f. */
  frames: TraceFrame[];
  /** Whether every path of sample 1 is written out (else the δ form only). */
  listed: boolean;
  subgraph: Subgraph;
  cost: PathCost;
  /** ∂J/∂θ as the engine computed it. */
  gradient: number;
}

export function traceParam(t: Trace, p: ParamRef, n: Notation = DEFAULT_NOTATION): ParamTrace {
  const perSample = pathsFromLoss(t.spec)[p.layer - 1][p.row];
  const listed = perSample <= MAX_LISTED_PATHS;
  const subgraph = subgraphTo(t.graph, p);
  const frames: TraceFrame[] = [];
  const equations: Equation[] = [];
  let deltaReveal: (l: number) => number;

  if (listed) {
    equations.push(...pathRows(t, p, frames, n));
    frames.push({ keys: [], color: 0 });
    deltaReveal = () => frames.length;
  } else {
    subgraph.waves.forEach((keys, i) => {
      frames.push({ keys, color: i % COLORS });
    });
    frames.push({
      keys: [edgeKey(nodeName.z(p.layer, p.row), paramName(p))],
      color: frames.length % COLORS,
    });
    // Frame 2(L − l) + 2 lights the activation edges of layer l: δ⁽ˡ⁾ is complete then.
    const L = t.spec.layers.length - 1;
    deltaReveal = (l) => 2 * (L - l) + 2;
  }
  equations.push(...deltaRows(t, p, deltaReveal, n));
  equations.push(...paramRows(t, p, frames.length, n));
  equations.push(...sampleRows(t, p, frames.length, n));

  return {
    param: paramName(p),
    equations,
    frames,
    listed,
    subgraph,
    gradient: gradientOf(t, p),
    cost: pathCost(t, p, perSample),
  };
}

/** Every path of sample 1, symbolic then with numbers, and their sum. Fills `frames`. */
function pathRows(t: Trace, p: ParamRef, frames: TraceFrame[], n: Notation): Equation[] {
  const perSample = pathsFromLoss(t.spec)[p.layer - 1][p.row];
  const paths: ChainPath[] = [];
  for (const path of enumeratePaths(t, p)) {
    if (path.sample > 0 || paths.length === perSample) break;
    paths.push(path);
  }
  const firstFrame = paths.map((path) => {
    const first = frames.length + 1;
    path.factors.forEach((f, k) => {
      // ∂E/∂a_k spans two edges, E ← e_k (∂E/∂e_k = 1) and e_k ← a_k.
      const keys =
        f.kind === 'loss' ? [edgeKey(nodeName.E, f.upper), factorKey(f)] : [factorKey(f)];
      frames.push({ keys, color: k % COLORS });
    });
    return first;
  });
  const g = leavesOf(t, n).sampleGradient(p);
  const lhs = [tex(g.symbol, { of: g.of })];
  const expressions = paths.map((path, i) =>
    product(
      path.factors.map((f, k) =>
        leaf({
          symbol: factorSymbol(f, n),
          value: f.value,
          of: { q: 'local', sample: path.sample, edge: factorKey(f) },
          factor: factorKey(f),
          color: k % COLORS,
          reveal: firstFrame[i] + k,
        }),
      ),
    ),
  );
  // The paths' symbols first, one row each (the first names ∂E/∂θ, the rest add to it); then
  // the same paths with numbers, one row each; then the products summed.
  const symbolic: Equation[] = expressions.map((e, i) => ({
    kind: 'symbolic',
    lhs: i === 0 ? lhs : [],
    rel: i === 0 ? '=' : '+',
    rhs: symbolicParts(e),
    reveal: firstFrame[i],
  }));
  const substituted: Equation[] = expressions.map((e, i) => ({
    kind: 'substituted',
    lhs: [],
    rel: i === 0 ? '=' : '+',
    rhs: substitutedParts(e, i > 0),
    value: paths[i].product,
    terms: expand(e),
    reveal: firstFrame[i],
  }));
  const total = sum(
    paths.map((path) => leaf({ symbol: '', value: path.product, of: { q: 'carried' } })),
  );
  const sumRow: Equation = {
    kind: 'value',
    lhs: [],
    rel: '=',
    rhs: [...substitutedParts(total), tex('='), num(g.value, { of: g.of })],
    value: g.value,
    terms: paths.map((path) => [path.product]),
    reveal: frames.length,
  };
  return [...symbolic, ...substituted, sumRow];
}

/** ∂E/∂θ = δ⁽ˡ⁾_j · a⁽ˡ⁻¹⁾_k (or δ⁽ˡ⁾_j · 1 for a bias), for sample 1. */
function paramRows(t: Trace, p: ParamRef, reveal: number, n: Notation): Equation[] {
  const v = leavesOf(t, n);
  const g = v.sampleGradient(p);
  // The last factor, ∂z/∂θ, written as what it equals: a⁽ˡ⁻¹⁾_k, or 1 for a bias.
  const slope = v.paramSlope(p);
  const source = { ...slope, symbol: p.kind === 'weight' ? n.a(p.layer - 1, p.col) : '1' };
  return expressionRows(
    [tex(g.symbol, { of: g.of })],
    product([leaf(v.delta(p.layer, p.row)), leaf(source)]),
    g,
    { reveal },
  );
}

/** With several samples or an L2 term: ∂J/∂θ = (1/m) Σ_b ∂E_b/∂θ + (λ/m)θ. */
function sampleRows(t: Trace, p: ParamRef, reveal: number, n: Notation): Equation[] {
  const { spec } = t;
  const m = spec.samples.length;
  const lambda = spec.regularization?.l2 ?? 0;
  const hasL2 = lambda > 0 && p.kind === 'weight';
  if (m === 1 && !hasL2) return [];
  const theta = n.param(p);
  const mean = spec.reduction === 'mean';
  const scaleTex = mean ? `\\frac{1}{${m}}` : '';
  const v = leavesOf(t, n);
  const gradient = v.gradient(p);
  const perSample = t.samples.map((_, b) => {
    const g = leavesOf(t, n, b).sampleGradient(p);
    return leaf({ ...g, symbol: partial(n.Eb, theta) });
  });
  const data = group(sum(perSample));
  const scaled = mean ? product([constant('', `\\frac{1}{${m}}`, 1 / m), data]) : data;
  const penalty = product([
    leaf(v.lambda()),
    constant('', `\\frac{1}{${m}}`, 1 / m),
    leaf(v.param(p)),
  ]);
  const numbers = hasL2 ? sum([scaled, penalty]) : scaled;
  return [
    {
      kind: 'symbolic',
      lhs: [tex(gradient.symbol, { of: gradient.of })],
      rel: '=',
      rhs: [
        tex(`${scaleTex}\\sum_{b=1}^{${m}} ${partial(n.Eb, theta)}`),
        ...(hasL2 ? [tex(`+ \\frac{\\lambda}{m} ${theta}`)] : []),
      ],
      reveal,
    },
    {
      kind: 'substituted',
      lhs: [],
      rel: '=',
      rhs: [...substitutedParts(numbers), tex('='), num(gradient.value, { of: gradient.of })],
      value: gradient.value,
      terms: expand(numbers),
      reveal,
    },
  ];
}

/** The graph edge a factor belongs to. */
export function factorKey(f: ChainFactor): FactorKey {
  return edgeKey(f.upper, f.lower);
}

/** A factor in textbook notation (the engine's own labels count from 0). */
export function factorSymbol(f: ChainFactor, n: Notation): string {
  if (f.kind === 'loss') return partial(n.E, n.node(f.lower));
  return partial(n.node(f.upper), n.node(f.lower));
}
