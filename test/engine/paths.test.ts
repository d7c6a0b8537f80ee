import { describe, expect, it } from 'vitest';
import { networkGraph } from '../../src/engine/graph.ts';
import { type ParamRef, paramName } from '../../src/engine/names.ts';
import { allParams } from '../../src/engine/params.ts';
import { enumeratePaths, exactPathCount, pathCount } from '../../src/engine/paths.ts';
import { randomNetwork } from '../../src/engine/random.ts';
import type { Activation, NetworkSpec } from '../../src/engine/spec.ts';
import { reductionScale } from '../../src/engine/spec.ts';
import { trace } from '../../src/engine/trace.ts';

const W = (layer: number, row: number, col: number): ParamRef => ({
  kind: 'weight',
  layer,
  row,
  col,
});

function gradientOf(spec: NetworkSpec, p: ParamRef): number {
  const t = trace(spec);
  return p.kind === 'weight'
    ? t.gradWeights[p.layer - 1][p.row][p.col]
    : (t.gradBiases?.[p.layer - 1][p.row] ?? 0);
}

describe('Σ of path products equals the gradient', () => {
  const networks: [string, NetworkSpec][] = [
    [
      '2→2→2→2 sigmoid, half_sse, one sample',
      randomNetwork({
        layers: [2, 2, 2, 2],
        activations: ['sigmoid', 'sigmoid', 'sigmoid'],
        loss: 'half_sse',
        samples: 1,
        seed: 21,
      }),
    ],
    [
      '3→4→3 tanh/softmax, ce, λ = 0.1, 4 samples',
      randomNetwork({
        layers: [3, 4, 3],
        activations: ['tanh', 'softmax'],
        loss: 'ce',
        l2: 0.1,
        samples: 4,
        seed: 22,
      }),
    ],
    [
      '2→3→3→2 with a softmax hidden layer, mse, sum',
      randomNetwork({
        layers: [2, 3, 3, 2],
        activations: ['sigmoid', 'softmax', 'linear'],
        loss: 'mse',
        reduction: 'sum',
        samples: 2,
        seed: 23,
      }),
    ],
    [
      '3→5→4→3 sigmoid/softmax, ce (seed 000 shape)',
      randomNetwork({
        layers: [3, 5, 4, 3],
        activations: ['sigmoid', 'sigmoid', 'softmax'],
        loss: 'ce',
        samples: 4,
        seed: 24,
      }),
    ],
    [
      '2→3→1 bce, λ = 0.5, no biases',
      randomNetwork({
        layers: [2, 3, 1],
        activations: ['relu', 'sigmoid'],
        loss: 'bce',
        l2: 0.5,
        biases: false,
        samples: 4,
        seed: 25,
      }),
    ],
  ];

  it.each(networks)('%s: every parameter', (_, spec) => {
    const t = trace(spec);
    const m = spec.samples.length;
    const lambda = spec.regularization?.l2 ?? 0;
    for (const p of allParams(spec)) {
      const paths = [...enumeratePaths(t, p)];
      expect(paths.length, paramName(p)).toBe(pathCount(spec, p));
      const sum = paths.reduce((s, path) => s + path.product, 0);
      const reg = p.kind === 'weight' ? (lambda / m) * spec.weights[p.layer - 1][p.row][p.col] : 0;
      const g = gradientOf(spec, p);
      expect(Math.abs(reductionScale(spec) * sum + reg - g), paramName(p)).toBeLessThanOrEqual(
        1e-14 * Math.max(1, Math.abs(g)),
      );
    }
  });

  it('each path runs loss → activation → (weight → activation)* → parameter, over edges of the graph', () => {
    const [, spec] = networks[3];
    const t = trace(spec);
    const graph = networkGraph(spec.layers, spec.activations);
    const edges = new Map(graph.edges.map((e, i) => [`${e.to}<${e.from}`, i]));
    for (const path of enumeratePaths(t, W(1, 2, 1))) {
      const kinds = path.factors.map((f) => f.kind).join(' ');
      expect(kinds).toBe('loss activation weight activation weight activation param');
      expect(path.nodes[0]).toBe('E');
      expect(path.nodes.at(-1)).toBe('z1[2]');
      // Every inner factor is the local derivative the trace stores on that edge.
      for (const f of path.factors.slice(1, -1)) {
        const edge = edges.get(`${f.upper}<${f.lower}`);
        expect(edge, `${f.upper}<${f.lower}`).toBeDefined();
        expect(f.value).toBe(t.samples[path.sample].edgeDerivatives[edge as number]);
      }
      expect(path.factors.at(-1)?.value).toBe(t.samples[path.sample].x[1]);
    }
  });

  it('a path through a zero weight still counts', () => {
    const spec = randomNetwork({
      layers: [2, 2, 2, 2],
      activations: ['sigmoid', 'sigmoid', 'sigmoid'],
      loss: 'half_sse',
      samples: 1,
      seed: 5,
    });
    spec.weights[1][0][1] = 0;
    const paths = [...enumeratePaths(trace(spec), W(1, 1, 0))];
    expect(paths).toHaveLength(4);
    expect(paths.filter((p) => p.product === 0)).toHaveLength(2);
  });
});

describe('path counts against a hand count', () => {
  const count = (layers: number[], activations: Activation[], p: ParamRef, samples = 1) =>
    pathCount(randomNetwork({ layers, activations, loss: 'half_sse', samples, seed: 1 }), p);
  const sig3: Activation[] = ['sigmoid', 'sigmoid', 'sigmoid'];

  it('2→2→2→2 sigmoid (seed 003): 1 path to a last-layer weight, 2 to the middle, 4 to the first', () => {
    expect(count([2, 2, 2, 2], sig3, W(3, 1, 0))).toBe(1);
    expect(count([2, 2, 2, 2], sig3, W(2, 0, 1))).toBe(2);
    expect(count([2, 2, 2, 2], sig3, W(1, 1, 1))).toBe(4);
    expect(count([2, 2, 2, 2], sig3, { kind: 'bias', layer: 1, row: 0 })).toBe(4);
  });

  it('a softmax output adds its cross terms: z_j reaches every output', () => {
    const soft: Activation[] = ['sigmoid', 'sigmoid', 'softmax'];
    expect(count([2, 2, 2, 2], soft, W(3, 0, 0))).toBe(2);
    expect(count([2, 2, 2, 2], soft, W(2, 0, 0))).toBe(4);
    expect(count([2, 2, 2, 2], soft, W(1, 0, 0))).toBe(8);
  });

  it('3→4→5→2: widths multiply; a softmax hidden layer multiplies by its width again', () => {
    expect(count([3, 4, 5, 2], sig3, W(1, 0, 0))).toBe(5 * 2);
    expect(count([3, 4, 5, 2], ['sigmoid', 'sigmoid', 'softmax'], W(1, 0, 0))).toBe(5 * 2 * 2);
    // z⁽²⁾_h feeds all 5 a⁽²⁾_i, each with 2 paths up; z⁽¹⁾_j then reaches 5 such z⁽²⁾_h.
    expect(count([3, 4, 5, 2], ['sigmoid', 'softmax', 'sigmoid'], W(1, 0, 0))).toBe(5 * (5 * 2));
  });

  it('counts every sample', () => {
    expect(count([2, 2, 2, 2], sig3, W(1, 0, 0), 3)).toBe(12);
  });

  it('counts millions of paths without listing them, and lists them lazily', () => {
    const spec = randomNetwork({
      layers: [16, 16, 16, 16, 16, 16, 16],
      activations: Array(6).fill('sigmoid'),
      loss: 'half_sse',
      samples: 8,
      seed: 2,
    });
    expect(pathCount(spec, W(1, 0, 0))).toBe(8 * 16 ** 5);
    const first: number[] = [];
    for (const path of enumeratePaths(trace(spec), W(1, 0, 0))) {
      first.push(path.product);
      if (first.length === 10) break;
    }
    expect(first).toHaveLength(10);
  });
});

describe('the graph the app draws', () => {
  it('has seed 003’s nodes and one edge per local derivative', () => {
    const g = networkGraph([2, 2, 2, 2], ['sigmoid', 'sigmoid', 'softmax']);
    expect(g.nodes.map((n) => n.name)).toEqual([
      'x[0]',
      'x[1]',
      'z1[0]',
      'z1[1]',
      'a1[0]',
      'a1[1]',
      'z2[0]',
      'z2[1]',
      'a2[0]',
      'a2[1]',
      'z3[0]',
      'z3[1]',
      'a3[0]',
      'a3[1]',
      'e[0]',
      'e[1]',
      'E',
    ]);
    const byKind = (k: string) => g.edges.filter((e) => e.kind === k).length;
    expect(byKind('weight')).toBe(12);
    expect(byKind('activation')).toBe(2 + 2 + 4); // the softmax layer has its 2 cross terms
    expect(byKind('error')).toBe(2);
    expect(byKind('loss')).toBe(2);
  });
});

describe('exactPathCount', () => {
  it('counts past 2^53 exactly: 3 samples × 10^28 paths, where a sum of doubles gave 2.9999999999999983e+28', () => {
    const spec = randomNetwork({
      layers: [1, ...Array(29).fill(10), 1],
      activations: Array(30).fill('sigmoid'),
      loss: 'half_sse',
      samples: 3,
      seed: 4,
    });
    expect(exactPathCount(spec, W(1, 0, 0))).toBe(3n * 10n ** 28n);
    expect(pathCount(spec, W(1, 0, 0))).toBe(3e28);
  });
});
