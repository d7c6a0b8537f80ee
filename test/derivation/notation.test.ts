import { describe, expect, it } from 'vitest';
import { forwardRows } from '../../src/derivation/forward.ts';
import { DEFAULT_NOTATION, makeNotation } from '../../src/derivation/notation.ts';
import { randomNetwork } from '../../src/engine/random.ts';
import { trace } from '../../src/engine/trace.ts';

describe('notation as a view over the engine’s names', () => {
  it('textbook: w⁽ˡ⁾_jk destination first, subscripts from 1, x = a⁽⁰⁾', () => {
    const n = DEFAULT_NOTATION;
    expect(n.W(1, 0, 1)).toBe('w^{(1)}_{12}');
    expect(n.a(0, 1)).toBe('x_{2}');
    expect(n.z(2, 0)).toBe('z^{(2)}_{1}');
    expect(n.b(3, 1)).toBe('b^{(3)}_{2}');
    expect(n.node('W2[1][0]')).toBe('w^{(2)}_{21}');
  });

  it('seed 001: w_ij source first, no layer numbers, y before z, row-vector capitals', () => {
    const n = makeNotation({
      weightIndex: 'source-first',
      layerNumbers: 'none',
      vectors: 'row',
      names: { pre: 'y', act: 'z' },
    });
    expect(n.W(1, 1, 0)).toBe('w_{12}'); // engine W1[1][0]: from input 1 to output 2
    expect(n.z(1, 0)).toBe('y_{1}');
    expect(n.a(1, 1)).toBe('z_{2}');
    expect(n.am(0)).toBe('X');
    expect(n.zm(1)).toBe('Y');
    expect(n.layered('a', -1)).toBe('X');
  });

  it('seed 002: Θ_ji, layers from 1 so z⁽²⁾ = Θ⁽¹⁾a⁽¹⁾, the bias as Θ_j0 with a₀ = 1', () => {
    const n = makeNotation({
      weight: '\\Theta',
      weightMatrix: '\\Theta',
      bias: 'unit',
      inputLayer: 1,
    });
    expect(n.z(1, 0)).toBe('z^{(2)}_{1}');
    expect(n.a(2, 2)).toBe('a^{(3)}_{3}');
    expect(n.W(1, 0, 2)).toBe('\\Theta^{(1)}_{13}');
    expect(n.b(1, 1)).toBe('\\Theta^{(1)}_{20}');
    expect(n.biasUnit(2)).toBe('a^{(2)}_{0}');
    expect(n.delta(3, 0)).toBe('\\delta^{(4)}_{1}');
    // General equations in Ng's numbering: Θ⁽ˡ⁾ carries layer l to l+1.
    expect(n.layered('W', 1)).toBe('\\Theta^{(l)}');
    expect(n.layered('delta', 1)).toBe('\\boldsymbol{\\delta}^{(l+1)}');
    expect(n.layered('delta', 'L')).toBe('\\boldsymbol{\\delta}^{(L)}');
  });

  it('symbolic indices and two-digit indices', () => {
    expect(DEFAULT_NOTATION.z(1, 'j')).toBe('z^{(1)}_{j}');
    expect(DEFAULT_NOTATION.W(1, 9, 0)).toBe('w^{(1)}_{10,1}');
  });
});

describe('editable cells of the forward pass', () => {
  it('name the weight, bias or input each entry holds, in every notation', async () => {
    const spec = randomNetwork({
      layers: [2, 3, 1],
      activations: ['tanh', 'sigmoid'],
      loss: 'half_sse',
      samples: 1,
      seed: 91,
    });
    const t = trace(spec);
    for (const n of [
      DEFAULT_NOTATION,
      makeNotation({ vectors: 'row' }),
      makeNotation({ bias: 'unit' }),
    ]) {
      for (const part of forwardRows(t, 1, n).flatMap((r) => r.rhs)) {
        part.cells?.forEach((row, i) => {
          row.forEach((name, j) => {
            const v = part.matrix?.[i][j];
            const w = name && /^W1\[(\d)\]\[(\d)\]$/.exec(name);
            const b = name && /^b1\[(\d)\]$/.exec(name);
            const x = name && /^x0\[(\d)\]$/.exec(name);
            if (w) expect(v).toBe(spec.weights[0][Number(w[1])][Number(w[2])]);
            if (b) expect(v).toBe(spec.biases?.[0][Number(b[1])]);
            if (x) expect(v).toBe(spec.samples[0].x[Number(x[1])]);
            if (name === null) expect(v).toBe(1); // the bias unit a₀ = 1
          });
        });
      }
    }
  });
});
