/**
 * An independent reverse-mode differentiator over scalars, in the manner of micrograd: each
 * value keeps its parents and local derivatives, and gradients accumulate with += by a
 * topological walk. It shares no code with src/engine, so agreeing with it means something.
 */

import type { NetworkSpec } from '../../src/engine/spec.ts';

class Scalar {
  grad = 0;
  constructor(
    readonly value: number,
    readonly parents: readonly (readonly [Scalar, number])[] = [],
  ) {}
}

const add = (a: Scalar, b: Scalar) =>
  new Scalar(a.value + b.value, [
    [a, 1],
    [b, 1],
  ]);
const mul = (a: Scalar, b: Scalar) =>
  new Scalar(a.value * b.value, [
    [a, b.value],
    [b, a.value],
  ]);
const scale = (a: Scalar, c: number) => new Scalar(a.value * c, [[a, c]]);
const log = (a: Scalar) => new Scalar(Math.log(a.value), [[a, 1 / a.value]]);
const exp = (a: Scalar) => {
  const v = Math.exp(a.value);
  return new Scalar(v, [[a, v]]);
};
const sum = (xs: Scalar[]) => xs.reduce((s, x) => add(s, x), new Scalar(0));

function unary(f: string, z: Scalar): Scalar {
  switch (f) {
    case 'sigmoid': {
      const s = 1 / (1 + Math.exp(-z.value));
      return new Scalar(s, [[z, s * (1 - s)]]);
    }
    case 'tanh': {
      const t = Math.tanh(z.value);
      return new Scalar(t, [[z, 1 - t * t]]);
    }
    case 'relu':
      return new Scalar(Math.max(0, z.value), [[z, z.value > 0 ? 1 : 0]]);
    case 'leaky_relu':
      return new Scalar(z.value > 0 ? z.value : 0.01 * z.value, [[z, z.value > 0 ? 1 : 0.01]]);
    case 'gelu': {
      // z·Φ(z) by the product rule, with Φ′ = φ.
      const Phi = new Scalar(normalCdf(z.value), [
        [z, Math.exp(-0.5 * z.value ** 2) / Math.sqrt(2 * Math.PI)],
      ]);
      return mul(z, Phi);
    }
    case 'softplus':
      // ln(1 + e^z) as the log of a sum; its slope comes out of the chain rule.
      return log(add(new Scalar(1), exp(z)));
    case 'linear':
      return z;
    default:
      throw new Error(`the reference differentiator does not know ${f}`);
  }
}

/**
 * Φ(z) from Kummer's series erf(x) = (2/√π) e^{−x²} Σ 2ⁿ x^{2n+1} / (1·3·…·(2n+1)), whose terms
 * are all positive (the engine sums the alternating Maclaurin series and a continued fraction).
 */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  let term = x;
  let total = x;
  for (let n = 1; n < 400 && term > 1e-18 * total; n++) {
    term *= (2 * x * x) / (2 * n + 1);
    total += term;
  }
  const erf = (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * total;
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** f′(at) of an element-wise activation, by differentiating its scalar form. */
export function slopeAt(f: string, at: number): number {
  const z = new Scalar(at);
  backward(unary(f, z));
  return z.grad;
}

function backward(root: Scalar): void {
  const order: Scalar[] = [];
  const seen = new Set<Scalar>();
  const visit = (v: Scalar) => {
    if (seen.has(v)) return;
    seen.add(v);
    for (const [p] of v.parents) visit(p);
    order.push(v);
  };
  visit(root);
  root.grad = 1;
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i];
    for (const [p, local] of v.parents) p.grad += local * v.grad;
  }
}

/** One sample's forward pass as scalars: every z and a (a[0] the input), each error term, J_b. */
function forwardSample(
  spec: NetworkSpec,
  W: Scalar[][][],
  B: Scalar[][] | undefined,
  x: readonly number[],
  y: readonly number[],
) {
  const input = x.map((v) => new Scalar(v));
  const as: Scalar[][] = [input];
  const zs: Scalar[][] = [];
  let a = input;
  spec.activations.forEach((f, i) => {
    const z = W[i].map((row, j) =>
      add(sum(row.map((w, k) => mul(w, a[k]))), B ? B[i][j] : new Scalar(0)),
    );
    if (f === 'softmax') {
      const e = z.map(exp);
      const total = sum(e);
      a = e.map((v) => mul(v, new Scalar(1 / total.value, [[total, -1 / total.value ** 2]])));
    } else a = z.map((v) => unary(f, v));
    zs.push(z);
    as.push(a);
  });
  const K = a.length;
  const terms = a.map((ak, k): Scalar => {
    const diff = add(ak, new Scalar(-y[k]));
    switch (spec.loss) {
      case 'half_sse':
        return scale(mul(diff, diff), 0.5);
      case 'mse':
        return scale(mul(diff, diff), 1 / K);
      case 'bce':
        return scale(
          add(scale(log(ak), y[k]), scale(log(add(new Scalar(1), scale(ak, -1))), 1 - y[k])),
          -1,
        );
      default: // ce
        return scale(log(ak), -y[k]);
    }
  });
  return { zs, as, terms, loss: sum(terms) };
}

const leafScalars = (spec: NetworkSpec) => ({
  W: spec.weights.map((M) => M.map((row) => row.map((w) => new Scalar(w)))),
  B: spec.biases?.map((b) => b.map((v) => new Scalar(v))),
});

/**
 * Every number of one sample b: z, a, e_k, J_b, and, by differentiating J_b alone, δ = ∂J_b/∂z,
 * ∂J_b/∂a, ∂J_b/∂x, the sample's own gradients, and ∂a_i/∂z_j of each layer.
 */
export function sampleGraph(spec: NetworkSpec, b: number) {
  const { W, B } = leafScalars(spec);
  const { x, y } = spec.samples[b];
  const f = forwardSample(spec, W, B, x, y);
  backward(f.loss);
  const values = (v: Scalar[][]) => v.map((layer) => layer.map((s) => s.value));
  const grads = (v: Scalar[][]) => v.map((layer) => layer.map((s) => s.grad));
  // ∂a_i/∂z_j: element-wise, the local derivative of a_i; softmax, a_i(δ_ij − a_j).
  const dAdZ = spec.activations.map((fn, i) => {
    const a = f.as[i + 1];
    return a.map((ai, r) =>
      a.map((aj, c) => {
        if (fn === 'softmax') return ai.value * ((r === c ? 1 : 0) - aj.value);
        if (r !== c) return 0;
        const z = new Scalar(f.zs[i][c].value);
        backward(unary(fn, z));
        return z.grad;
      }),
    );
  });
  return {
    z: values(f.zs),
    a: values(f.as),
    e: f.terms.map((t) => t.value),
    loss: f.loss.value,
    delta: grads(f.zs),
    dEdA: grads(f.as.slice(1)),
    dEdX: f.as[0].map((s) => s.grad),
    dAdZ,
    gradW: W.map((M) => M.map((row) => row.map((w) => w.grad))),
    gradB: B?.map((bs) => bs.map((v) => v.grad)) ?? [],
  };
}

/** Loss and every gradient of a spec, computed naively from the formulas of network-spec.md. */
export function autodiff(spec: NetworkSpec): {
  loss: number;
  weights: number[][][];
  biases?: number[][];
} {
  const { W, B } = leafScalars(spec);
  const m = spec.samples.length;
  const perSample = spec.samples.map(({ x, y }) => forwardSample(spec, W, B, x, y).loss);
  const data = scale(sum(perSample), spec.reduction === 'mean' ? 1 / m : 1);
  const lambda = spec.regularization?.l2 ?? 0;
  const squares = sum(W.flat(2).map((w) => mul(w, w)));
  const loss = add(data, scale(squares, lambda / (2 * m)));
  backward(loss);
  return {
    loss: loss.value,
    weights: W.map((M) => M.map((row) => row.map((w) => w.grad))),
    biases: B?.map((b) => b.map((v) => v.grad)),
  };
}
