/**
 * The chain rule for one parameter, as the app traces it: every path from the loss back to the
 * parameter, written symbolically, then with numbers, then summed; δ named at each unit the
 * paths pass, which is where backprop saves its work; and the cost of listing paths set against
 * backprop's. Sample 1 is written out; with several samples the last rows average them.
 */

import { edgeKey, nodeName, type ParamRef, paramName } from '../engine/names.ts';
import { type ChainFactor, enumeratePaths, paramFactor, pathsFromLoss } from '../engine/paths.ts';
import { gradientOf, sampleGradient, type Trace } from '../engine/trace.ts';
import { deltaRows } from './deltaRows.ts';
import { DEFAULT_NOTATION, type Notation, partial } from './notation.ts';
import { num, tex } from './parts.ts';
import { type PathCost, pathCost } from './pathCost.ts';
import { type Subgraph, subgraphTo } from './subgraph.ts';
import { COLORS, type Equation, type FactorKey, type Part, type TraceFrame } from './types.ts';

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
  const paths = [];
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
  const lhs = [tex(partial(n.E, n.param(p)))];
  const symbolic: Equation[] = paths.map((path, i) => ({
    kind: 'symbolic',
    lhs: i === 0 ? lhs : [],
    rel: i === 0 ? '=' : '+',
    rhs: factorParts(path.factors, firstFrame[i], (f) => tex(factorSymbol(f, n))),
    reveal: firstFrame[i],
  }));
  const substituted: Equation[] = paths.map((path, i) => ({
    kind: 'substituted',
    lhs: [],
    rel: i === 0 ? '=' : '+',
    rhs: factorParts(path.factors, firstFrame[i], (f) => num(f.value, { paren: true })),
    value: path.product,
    terms: [path.factors.map((f) => f.value)],
    reveal: firstFrame[i],
  }));
  const g = sampleGradient(t.samples[0], p);
  const sum: Equation = {
    kind: 'value',
    lhs: [],
    rel: '=',
    rhs: [
      ...paths.flatMap((path, i) => [
        ...(i > 0 && path.product >= 0 ? [tex('+')] : []),
        num(path.product),
      ]),
      tex('='),
      num(g),
    ],
    value: g,
    terms: paths.map((path) => [path.product]),
    reveal: frames.length,
  };
  return [...symbolic, ...substituted, sum];
}

/** ∂E/∂θ = δ⁽ˡ⁾_j · a⁽ˡ⁻¹⁾_k (or δ⁽ˡ⁾_j · 1 for a bias), for sample 1. */
function paramRows(t: Trace, p: ParamRef, reveal: number, n: Notation): Equation[] {
  const s = t.samples[0];
  const delta = s.layers[p.layer - 1].delta[p.row];
  const d = n.delta(p.layer, p.row);
  const g = sampleGradient(s, p);
  const lhs = [tex(partial(n.E, n.param(p)))];
  const paramKey = edgeKey(nodeName.z(p.layer, p.row), paramName(p));
  const source = paramFactor(s, p).value; // a⁽ˡ⁻¹⁾_k, or 1 for a bias
  const sourceSymbol = p.kind === 'weight' ? n.a(p.layer - 1, p.col) : '1';
  return [
    {
      kind: 'symbolic',
      lhs,
      rel: '=',
      rhs: [tex(d), tex('\\cdot'), tex(sourceSymbol, { factor: paramKey })],
      reveal,
    },
    {
      kind: 'substituted',
      lhs: [],
      rel: '=',
      rhs: [
        num(delta),
        tex('\\cdot'),
        num(source, { paren: true, factor: paramKey }),
        tex('='),
        num(g),
      ],
      value: g,
      terms: [[delta, source]],
      reveal,
    },
  ];
}

/** With several samples or an L2 term: ∂J/∂θ = (1/m) Σ_b ∂E_b/∂θ + (λ/m)θ. */
function sampleRows(t: Trace, p: ParamRef, reveal: number, n: Notation): Equation[] {
  const { spec } = t;
  const m = spec.samples.length;
  const lambda = spec.regularization?.l2 ?? 0;
  const hasL2 = lambda > 0 && p.kind === 'weight';
  if (m === 1 && !hasL2) return [];
  const perSample = t.samples.map((s) => sampleGradient(s, p));
  const theta = n.param(p);
  const scale = spec.reduction === 'mean' ? 1 / m : 1;
  const w = p.kind === 'weight' ? spec.weights[p.layer - 1][p.row][p.col] : 0;
  const scaleTex = spec.reduction === 'mean' ? `\\frac{1}{${m}}` : '';
  const gradient = gradientOf(t, p);
  return [
    {
      kind: 'symbolic',
      lhs: [tex(partial(n.J, theta))],
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
      rhs: [
        tex(`${scaleTex}\\Big(`),
        ...perSample.flatMap((v, b) => [...(b > 0 && v >= 0 ? [tex('+')] : []), num(v)]),
        tex('\\Big)'),
        ...(hasL2 ? [tex('+'), num(lambda), tex(`/${m} \\cdot`), num(w, { paren: true })] : []),
        tex('='),
        num(gradient),
      ],
      value: gradient,
      terms: [...perSample.map((v) => [scale, v]), ...(hasL2 ? [[lambda / m, w]] : [])],
      reveal,
    },
  ];
}

/** A path's factors as parts, each tied to its edge and revealed one frame after another. */
function factorParts(
  factors: readonly ChainFactor[],
  first: number,
  part: (f: ChainFactor) => Part,
): Part[] {
  return factors.flatMap((f, k) => {
    const p: Part = { ...part(f), factor: factorKey(f), color: k % COLORS, reveal: first + k };
    return k === 0 ? [p] : [tex('\\cdot', { reveal: first + k }), p];
  });
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
