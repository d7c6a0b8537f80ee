/** The blocks written for the articles' arguments, held against the engine numerically. */

import { describe, expect, it } from 'vitest';
import { accumulateSteps, averageRows } from '../../src/derivation/accumulation.ts';
import { cancellationRows } from '../../src/derivation/cancellation.ts';
import { cellSteps } from '../../src/derivation/cells.ts';
import { makeNotation } from '../../src/derivation/notation.ts';
import { slipRows } from '../../src/derivation/slip.ts';
import { accumulateLayer } from '../../src/engine/accumulate.ts';
import { randomNetwork } from '../../src/engine/random.ts';
import { trace } from '../../src/engine/trace.ts';

const ng = makeNotation({
  weight: '\\Theta',
  weightMatrix: '\\Theta',
  bias: 'unit',
  inputLayer: 1,
});
const rows = makeNotation({
  weightIndex: 'source-first',
  layerNumbers: 'none',
  vectors: 'row',
  names: { pre: 'y', act: 'z' },
});

describe('the a − y cancellation of bce after a sigmoid', () => {
  const spec = randomNetwork({
    layers: [3, 4, 3],
    activations: ['sigmoid', 'sigmoid'],
    loss: 'bce',
    samples: 3,
    seed: 51,
    l2: 0.2,
  });
  const t = trace(spec);
  it.each([0, 1, 2])('output %i: ∂J/∂a · ∂a/∂z = a − y = δ', (unit) => {
    const out = t.samples[0].layers[1];
    const eq = cancellationRows(t, unit, ng);
    const values = eq.filter((r) => r.value !== undefined).map((r) => r.value as number);
    const aMinusY = out.a[unit] - t.samples[0].y[unit];
    expect(out.dJdA[unit] * out.dAdZ[unit][unit]).toBeCloseTo(aMinusY, 14);
    expect(out.delta[unit]).toBeCloseTo(aMinusY, 15);
    expect(values.at(-1)).toBe(out.delta[unit]);
    expect(eq.some((r) => r.rhs.some((p) => p.tex?.includes('\\cancel')))).toBe(true);
  });
});

describe('Δ accumulated and D averaged (Ng’s notation, bias as column 0)', () => {
  const spec = randomNetwork({
    layers: [3, 3, 2],
    activations: ['sigmoid', 'sigmoid'],
    loss: 'bce',
    samples: 4,
    seed: 52,
    l2: 0.3,
  });
  const t = trace(spec);
  it('each sample row adds that sample’s δ[1; a]ᵀ to the running Δ', () => {
    const { equations, frames } = accumulateSteps(t, 1, ng);
    expect(frames).toHaveLength(4);
    const sampleRows = equations.filter((e) => e.kind === 'matrix');
    expect(sampleRows).toHaveLength(4);
    const acc = accumulateLayer(t, 1);
    sampleRows.forEach((row, b) => {
      const [before, contribution, after] = row.rhs
        .filter((p) => p.matrix)
        .map((p) => p.matrix as number[][]);
      expect(contribution.map((r) => r[0])).toEqual(acc.biasContributions[b]); // column 0: the bias, δ itself
      after.forEach((r, j) => {
        r.forEach((v, k) => {
          expect(v).toBeCloseTo(before[j][k] + contribution[j][k], 15);
        });
      });
    });
  });

  it('D = Δ/m + (λ/m)Θ with column 0 left out of the L2 term, and D is the gradient of J', () => {
    const [, matrixRow] = averageRows(t, 1, ng);
    const [delta, theta, D] = matrixRow.rhs
      .filter((p) => p.matrix)
      .map((p) => p.matrix as number[][]);
    expect(theta.map((r) => r[0])).toEqual([0, 0, 0]);
    D.forEach((r, j) => {
      r.forEach((v, k) => {
        expect(v).toBeCloseTo(delta[j][k] / 4 + (0.3 / 4) * theta[j][k], 14);
        expect(v).toBe(k === 0 ? t.gradBiases?.[0][j] : t.gradWeights[0][j][k - 1]);
      });
    });
  });
});

describe('cells: a gradient filled cell by cell', () => {
  const spec = randomNetwork({
    layers: [3, 2],
    activations: ['sigmoid'],
    loss: 'half_sse',
    samples: 1,
    seed: 53,
  });
  const t = trace(spec);
  it('row vectors: ∂loss/∂W is 3 × 2 (source by destination), one frame per cell, equal to XᵀA', () => {
    const { equations, frames } = cellSteps(t, 1, 'weights', rows);
    expect(frames).toHaveLength(6);
    const filled = equations.find((e) => e.rhs.some((p) => p.cellReveal));
    const grid = filled?.rhs[0].matrix as number[][];
    expect(grid.length).toBe(3);
    expect(grid[0].length).toBe(2);
    grid.forEach((r, i) => {
      r.forEach((v, j) => {
        expect(v).toBe(t.samples[0].layers[0].delta[j] * t.samples[0].x[i]);
      });
    });
    expect(new Set(filled?.rhs[0].cellReveal?.flat())).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  });

  it('inputs: ∂loss/∂x_i = Σ_j a_j w_ij, the row A Wᵀ', () => {
    const { equations } = cellSteps(t, 1, 'inputs', rows);
    const filled = equations.find((e) => e.rhs.some((p) => p.cellReveal));
    expect(filled?.rhs[0].matrix).toEqual([t.samples[0].dJdX]);
  });
});

describe('the sigmoid-twice slip', () => {
  it('shows the right slope a(1 − a) and what σ(a)(1 − σ(a)) would give instead', () => {
    const spec = randomNetwork({
      layers: [3, 2],
      activations: ['sigmoid'],
      loss: 'half_sse',
      samples: 1,
      seed: 54,
    });
    const t = trace(spec);
    const a = t.samples[0].layers[0].a[1];
    const eq = slipRows(t, 1, 1, rows);
    const [right, wrong] = eq.filter((r) => r.value !== undefined).map((r) => r.value as number);
    expect(right).toBeCloseTo(a * (1 - a), 15);
    const s = 1 / (1 + Math.exp(-a));
    expect(wrong).toBeCloseTo(s * (1 - s), 15);
    expect(wrong).not.toBeCloseTo(right, 3);
    // One equality a row: σ′(z), σ(z)(1 − σ(z)) and a(1 − a) each on a row of its own.
    const symbolic = eq.filter((r) => r.kind === 'symbolic');
    expect(symbolic).toHaveLength(3);
    for (const r of eq) for (const p of r.rhs) expect(p.tex ?? '').not.toContain('=');
  });
});
