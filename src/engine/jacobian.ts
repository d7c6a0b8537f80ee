/**
 * Seed 004's two forms of ∂loss/∂W₁ for a two-layer network on row-vector samples
 * (A₁ = XW₁, H = σ(A₁), A₂ = HW₂, Ŷ = σ(A₂), loss = ½ sum((Ŷ − Y)∘(Ŷ − Y))):
 * the Jacobian chain of Magnus and Neudecker, block by block with vec, ⊗ and Diag, reduced to a
 * matrix; and the "make the shapes match" formula Xᵀ[(δ₂W₂ᵀ)∘σ′(A₁)]. Same numbers, very
 * different costs.
 */

import { sigmoid } from './activations.ts';
import {
  diag,
  hadamard,
  identity,
  kron,
  type Mat,
  map,
  matmul,
  shape,
  subtract,
  transpose,
  unvec,
  vec,
} from './matrix.ts';

export interface TwoLayer {
  X: Mat;
  W1: Mat;
  W2: Mat;
  Y: Mat;
}

export interface JacobianBlock {
  /** What the block differentiates, e.g. ∂vec(A₂)/∂vec(H)ᵀ, in LaTeX. */
  label: string;
  /** How it is built, e.g. W₂ᵀ ⊗ I_n. */
  formula: string;
  matrix: Mat;
}

export interface KroneckerChain {
  blocks: JacobianBlock[];
  /** The blocks multiplied: ∂vec(E)/∂vec(W₁)ᵀ, (nk) × (mh). */
  chain: Mat;
  /** 1ᵀ·chain: every entry of E summed, 1 × (mh). */
  summed: Mat;
  /** vec⁻¹ of the summed row: ∂loss/∂W₁, m × h. */
  gradient: Mat;
}

function forward(p: TwoLayer) {
  const A1 = matmul(p.X, p.W1);
  const H = map(A1, sigmoid);
  const A2 = matmul(H, p.W2);
  const Yhat = map(A2, sigmoid);
  return { A1, H, A2, Yhat, U: subtract(Yhat, p.Y) };
}

const slope = (A: Mat) => map(A, (a) => sigmoid(a) * sigmoid(-a));

export function kroneckerChain(p: TwoLayer): KroneckerChain {
  const { A1, A2, U } = forward(p);
  const [n, m] = shape(p.X);
  const h = p.W1[0].length;
  const blocks: JacobianBlock[] = [
    {
      label: '\\frac{\\partial \\operatorname{vec}(E)}{\\partial \\operatorname{vec}(U)^{\\top}}',
      formula: '\\operatorname{Diag}(\\operatorname{vec} U)',
      matrix: diag(vec(U)),
    },
    {
      label:
        '\\frac{\\partial \\operatorname{vec}(U)}{\\partial \\operatorname{vec}(\\hat Y)^{\\top}}',
      formula: 'I',
      matrix: identity(U.length * U[0].length),
    },
    {
      label:
        '\\frac{\\partial \\operatorname{vec}(\\hat Y)}{\\partial \\operatorname{vec}(A_2)^{\\top}}',
      formula: "\\operatorname{Diag}(\\operatorname{vec}\\sigma'(A_2))",
      matrix: diag(vec(slope(A2))),
    },
    {
      label: '\\frac{\\partial \\operatorname{vec}(A_2)}{\\partial \\operatorname{vec}(H)^{\\top}}',
      formula: 'W_2^{\\top} \\otimes I_n',
      matrix: kron(transpose(p.W2), identity(n)),
    },
    {
      label: '\\frac{\\partial \\operatorname{vec}(H)}{\\partial \\operatorname{vec}(A_1)^{\\top}}',
      formula: "\\operatorname{Diag}(\\operatorname{vec}\\sigma'(A_1))",
      matrix: diag(vec(slope(A1))),
    },
    {
      label:
        '\\frac{\\partial \\operatorname{vec}(A_1)}{\\partial \\operatorname{vec}(W_1)^{\\top}}',
      formula: 'I_h \\otimes X',
      matrix: kron(identity(h), p.X),
    },
  ];
  const chain = blocks.slice(1).reduce((acc, b) => matmul(acc, b.matrix), blocks[0].matrix);
  const summed = [chain[0].map((_, j) => chain.reduce((s, row) => s + row[j], 0))];
  return { blocks, chain, summed, gradient: unvec(transpose(summed), m, h) };
}

/** Xᵀ[(δ₂W₂ᵀ) ∘ σ′(A₁)] with δ₂ = (Ŷ − Y) ∘ σ′(A₂): the form people implement. */
export function shapeMatchingGradient(p: TwoLayer): { gradient: Mat; delta2: Mat; delta1: Mat } {
  const { A1, A2, U } = forward(p);
  const delta2 = hadamard(U, slope(A2));
  const delta1 = hadamard(matmul(delta2, transpose(p.W2)), slope(A1));
  return { gradient: matmul(transpose(p.X), delta1), delta2, delta1 };
}

/** Numbers held by the Kronecker form's largest block against the shape-matching form's. */
export function formSizes(
  n: number,
  m: number,
  h: number,
  k: number,
): { kronecker: number; shapes: number } {
  return {
    // Diag(vec σ′(A₁)) is (nh)², I_h ⊗ X is (nh)(mh); the chain's running product is (nk)(nh).
    kronecker: Math.max(n * h * n * h, n * h * m * h, n * k * n * h),
    // X, δ₁ and the result: nm + nh + mh.
    shapes: n * m + n * h + m * h,
  };
}
