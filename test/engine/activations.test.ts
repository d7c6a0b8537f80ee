// biome-ignore-all lint/correctness/noPrecisionLoss: the references keep their published 20 digits; the nearest double is within 1e-16 relative, far inside the tolerances checked.
import { describe, expect, it } from 'vitest';
import { ACTIVATION, activate, derivative, normalCdf } from '../../src/engine/activations.ts';
import { erfc } from '../../src/engine/erfc.ts';
import { ACTIVATIONS } from '../../src/engine/spec.ts';

/** erfc to 20 digits, from Abramowitz & Stegun's tables and Wolfram|Alpha. */
const ERFC: [number, number][] = [
  [0, 1],
  [0.1, 0.88753708398171510159],
  [0.5, 0.47950012218695346232],
  [1, 0.15729920705028513066],
  [2, 0.0046777349810472658379],
  [2.5, 0.00040695201744495893],
  [3, 2.2090496998585441373e-5],
  [5, 1.5374597944280348502e-12],
  [10, 2.088487583762544757e-45],
  [-1, 1.8427007929497148693],
  [-3, 1.9999779095030014146],
];

describe('erfc', () => {
  it.each(ERFC)('erfc(%d) to 1e-14 relative', (x, v) => {
    expect(Math.abs(erfc(x) - v)).toBeLessThanOrEqual(1e-14 * v);
  });
  it('is NaN at NaN, 0 far right, 2 far left', () => {
    expect(erfc(Number.NaN)).toBeNaN();
    expect(erfc(40)).toBe(0);
    expect(erfc(-40)).toBe(2);
  });
});

describe('the new activations of network-spec.md §1', () => {
  it('leaky relu has slope 0.01 below 0 and 1 above, taking 0.01 at the corner', () => {
    expect(activate('leaky_relu', [-2, 0, 3])).toEqual([-0.02, 0, 3]);
    expect(derivative('leaky_relu', -2, -0.02)).toBe(0.01);
    expect(derivative('leaky_relu', 0, 0)).toBe(0.01);
    expect(derivative('leaky_relu', 3, 3)).toBe(1);
    expect(ACTIVATION.leaky_relu.corners).toEqual([0]);
  });

  it('gelu is z·Φ(z) exactly (not the tanh approximation)', () => {
    // Φ(1) = 0.841344746068542948585…, Φ(−1) = 0.158655253931457051415…
    const [minus, zero, plus] = activate('gelu', [-1, 0, 1]);
    expect(plus).toBeCloseTo(0.841344746068542948585, 15);
    expect(minus).toBeCloseTo(-0.158655253931457051415, 15);
    expect(zero).toBe(0);
    // Φ(−8) = 6.22096057427178e−16: the lower tail keeps its digits.
    expect(normalCdf(-8) / 6.22096057427178e-16).toBeCloseTo(1, 12);
    // gelu′(z) = Φ(z) + z φ(z); gelu′(0) = ½.
    expect(derivative('gelu', 0, 0)).toBe(0.5);
    expect(derivative('gelu', 1, plus)).toBeCloseTo(0.841344746068543 + 0.2419707245191434, 14);
  });

  it('softplus is ln(1 + eᶻ) without overflow, with slope σ(z)', () => {
    const [a, b, c, d] = activate('softplus', [0, 1000, -1000, 30]);
    expect(a).toBe(Math.LN2);
    expect(b).toBe(1000);
    expect(c).toBeGreaterThanOrEqual(0);
    expect(c).toBeLessThan(1e-300);
    expect(d).toBeCloseTo(30 + Math.exp(-30), 15);
    expect(derivative('softplus', 0, a)).toBe(0.5);
    expect(derivative('softplus', 1000, b)).toBe(1);
  });

  it('every activation has a TeX name, a slope formula and says what its hint needs', () => {
    for (const f of ACTIVATIONS) {
      const e = ACTIVATION[f];
      expect(e.tex.length, f).toBeGreaterThan(1);
      expect(e.slopeTex({ ai: 'a', aq: 'b', z: 'z', cross: false }).length, f).toBeGreaterThan(0);
      // Where the slope depends on z alone, the formula is written in z.
      if (e.slopeNeeds === 'z')
        expect(e.slopeTex({ ai: 'A', aq: 'B', z: 'Z', cross: false })).toContain('Z');
      if (e.slopeNeeds === 'a')
        expect(e.slopeTex({ ai: 'A', aq: 'B', z: 'Z', cross: false })).toContain('A');
    }
  });

  it('element-wise slopes agree with a central difference of the value away from corners', () => {
    for (const f of ACTIVATIONS.filter((g) => g !== 'softmax')) {
      for (const z of [-3.1, -0.7, 0.4, 2.2]) {
        const h = 1e-5;
        const [up] = activate(f, [z + h]);
        const [down] = activate(f, [z - h]);
        const [a] = activate(f, [z]);
        expect(derivative(f, z, a), `${f} at ${z}`).toBeCloseTo((up - down) / (2 * h), 8);
      }
    }
  });
});

describe('softmax of a wide layer', () => {
  it('shifts by the largest of 300,000 inputs (more than a call may take as arguments)', () => {
    // Unshifted, Σ e^z would overflow: 300,000 · e^700 > 1.8e308.
    const z = new Array<number>(300_000).fill(700);
    z[0] = 700 + Math.LN2;
    const a = activate('softmax', z);
    expect(a[0]).toBeCloseTo(2 / 300_001, 15);
    expect(a[1]).toBeCloseTo(1 / 300_001, 15);
  });
});
