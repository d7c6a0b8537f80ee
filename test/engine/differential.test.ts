/**
 * Seed 000's proof, line by line, evaluated along random directions and held against central
 * differences of ξ; and the Hadamard/Frobenius identities it uses.
 */

import { describe, expect, it } from 'vitest';
import {
  articleDeltas,
  batchForward,
  centralDifference,
  differentials,
  logLikelihood,
  randomDirection,
} from '../../src/engine/differential.ts';
import {
  add,
  frobenius,
  hadamard,
  map,
  matmul,
  subtract,
  transpose,
} from '../../src/engine/matrix.ts';
import { randomNetwork, seededRandom } from '../../src/engine/random.ts';
import { trace } from '../../src/engine/trace.ts';

const spec = randomNetwork({
  layers: [3, 5, 4, 3],
  activations: ['sigmoid', 'sigmoid', 'softmax'],
  loss: 'ce',
  reduction: 'sum',
  biases: false,
  samples: 4,
  seed: 61,
});
for (const s of spec.samples)
  s.y = s.y.map((_, k) => (k === s.y.indexOf(Math.max(...s.y)) ? 1 : 0));

describe.each([1, 2, 3])('the 10-line proof along random direction %i', (seed) => {
  const f = batchForward(spec);
  const dW = randomDirection(spec, seed);
  const { dX, dZ } = differentials(spec, f, dW);
  const delta = articleDeltas(f);
  const dXi = centralDifference(spec, dW);
  const close = (v: number) =>
    expect(Math.abs(v - dXi)).toBeLessThan(1e-8 * Math.max(1, Math.abs(dXi)));

  it('dξ = (Y − X₃) : dZ₂', () => close(frobenius(subtract(f.Y, f.X[3]), dZ[2])));
  it('dZ₂ = dX₂W₂ + X₂dW₂ splits it in two', () =>
    close(frobenius(delta[2], matmul(dX[2], f.W[2])) + frobenius(delta[2], matmul(f.X[2], dW[2]))));
  it('moving the products across the colon: δ₂W₂ᵀ : dX₂ + X₂ᵀδ₂ : dW₂', () =>
    close(
      frobenius(matmul(delta[2], transpose(f.W[2])), dX[2]) +
        frobenius(matmul(transpose(f.X[2]), delta[2]), dW[2]),
    ));
  it('dX₂ = X₂ ∘ (1 − X₂) ∘ dZ₁, so δ₂W₂ᵀ : dX₂ = δ₁ : dZ₁', () => {
    const slope = map(f.X[2], (x) => x * (1 - x));
    expect(Math.max(...subtract(dX[2], hadamard(slope, dZ[1])).flat().map(Math.abs))).toBeLessThan(
      1e-15,
    );
    expect(frobenius(delta[1], dZ[1])).toBeCloseTo(
      frobenius(matmul(delta[2], transpose(f.W[2])), dX[2]),
      14,
    );
  });
  it('the last line: dξ = X₀ᵀδ₀ : dW₀ + X₁ᵀδ₁ : dW₁ + X₂ᵀδ₂ : dW₂', () =>
    close(
      [0, 1, 2].reduce((s, k) => s + frobenius(matmul(transpose(f.X[k]), delta[k]), dW[k]), 0),
    ));
  it('X_kᵀδ_k is ∂ξ/∂W_k, the negative of the engine’s ∂J/∂W (transposed)', () => {
    const t = trace(spec);
    [0, 1, 2].forEach((k) => {
      const g = matmul(transpose(f.X[k]), delta[k]);
      g.forEach((row, i) => {
        row.forEach((v, j) => {
          expect(v).toBeCloseTo(-t.gradWeights[k][j][i], 13);
        });
      });
    });
  });
});

describe('ξ and the identities', () => {
  it('ξ = sum(Y ∘ log X₃) is minus the summed cross-entropy', () => {
    const f = batchForward(spec);
    const direct = f.Y.reduce(
      (s, row, b) => s + row.reduce((t, y, k) => t + y * Math.log(f.X[3][b][k]), 0),
      0,
    );
    expect(logLikelihood(spec)).toBeCloseTo(direct, 12);
  });

  it('A : B∘C = A∘B : C and A : BC = BᵀA : C = ACᵀ : B on random matrices', () => {
    const rand = seededRandom(5);
    const m = (r: number, c: number) =>
      Array.from({ length: r }, () => Array.from({ length: c }, () => 2 * rand() - 1));
    const [A, B, C] = [m(3, 4), m(3, 4), m(3, 4)];
    expect(frobenius(A, hadamard(B, C))).toBeCloseTo(frobenius(hadamard(A, B), C), 14);
    const [P, Q, R] = [m(3, 4), m(3, 2), m(2, 4)];
    const lhs = frobenius(P, matmul(Q, R));
    expect(frobenius(matmul(transpose(Q), P), R)).toBeCloseTo(lhs, 14);
    expect(frobenius(matmul(P, transpose(R)), Q)).toBeCloseTo(lhs, 14);
    expect(frobenius(add(P, P), R.length ? matmul(Q, R) : P)).toBeCloseTo(2 * lhs, 14);
  });
});
