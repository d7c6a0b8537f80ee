/**
 * Seed 000's proof by differentials, line by line, in its own symbols (X_k, W_k, δ_k, Y, ξ) and
 * checked live: every line is an expression for dξ along one random direction dW, so each is
 * evaluated and set beside the central difference (ξ(W + εdW) − ξ(W − εdW)) / 2ε.
 */

import {
  articleDeltas,
  batchForward,
  centralDifference,
  differentials,
  randomDirection,
} from '../engine/differential.ts';
import { frobenius, hadamard, map, matmul, transpose } from '../engine/matrix.ts';
import { randomMatrix, seededRandom } from '../engine/random.ts';
import type { NetworkSpec } from '../engine/spec.ts';
import { gradientStep } from '../engine/train.ts';
import type { ProofPart } from '../schema/steps.ts';
import { mat, num, tex } from './parts.ts';
import type { Quantity } from './quantity.ts';
import type { Equation, Part } from './types.ts';

const X = (k: number | string) => `X_{${k}}`;
const W = (k: number) => `W_{${k}}`;
const d = (k: number | string) => `\\boldsymbol{\\delta}_{${k}}`;
const FD = '\\tfrac{\\xi(W+\\varepsilon\\,dW)-\\xi(W-\\varepsilon\\,dW)}{2\\varepsilon}';

/** A batch matrix (row b = sample b) with what each entry is. */
function batch(M: readonly (readonly number[])[], of: (b: number, unit: number) => Quantity): Part {
  return { matrix: M, ofCells: M.map((row, b) => row.map((_, j) => of(b, j))) };
}
const activationOf =
  (layer: number) =>
  (sample: number, unit: number): Quantity => ({
    q: 'a',
    sample,
    layer,
    unit,
  });
const targetOf = (sample: number, unit: number): Quantity => ({ q: 'y', sample, unit });
/** The article's δ_k belongs to the engine's layer k + 1. */
const deltaOf =
  (layer: number) =>
  (sample: number, unit: number): Quantity => ({
    q: 'articleDelta',
    sample,
    layer,
    unit,
  });

/**
 * ∂ξ/∂W_k = X_kᵀδ_k, source by destination as the article writes W_k: −Σ_b ∂J_b/∂W of the
 * engine's layer k + 1, transposed.
 */
function ascentOf(M: readonly (readonly number[])[], layer: number): Part {
  return {
    matrix: M,
    ofCells: M.map((row, i) =>
      row.map(
        (_, h): Quantity => ({
          q: 'ascent',
          param: { kind: 'weight', layer, row: h, col: i },
        }),
      ),
    ),
  };
}

/** The proof's rows for one part; `k` is the article's layer index (W_k maps X_k to X_{k+1}). */
export function proofRows(
  spec: NetworkSpec,
  part: ProofPart,
  k: number,
  seed: number,
  learningRate: number,
): Equation[] {
  const f = batchForward(spec);
  const L = f.W.length;
  const dW = randomDirection(spec, seed);
  const { dX, dZ } = differentials(spec, f, dW);
  const delta = articleDeltas(f);
  const fd = centralDifference(spec, dW);
  // dξ written as a value beside its finite difference.
  const checked = (lhs: string, rhs: string, value: number): Equation[] => [
    { kind: 'symbolic', lhs: lhs ? [tex(lhs)] : [], rel: '=', rhs: [tex(rhs)] },
    {
      kind: 'value',
      lhs: [],
      rel: '=',
      rhs: [num(value), tex(`\\;\\approx\\; ${FD} =`), num(fd)],
      value,
      check: fd,
    },
  ];
  const found = (from: number) => {
    // The terms already found for the layers above: Σ_{j ≥ from} X_jᵀδ_j : dW_j.
    let s = 0;
    for (let j = from; j < L; j++) s += frobenius(matmul(transpose(f.X[j]), delta[j]), dW[j]);
    return s;
  };
  const rest = (from: number) =>
    from < L ? ` + \\sum_{j=${from}}^{${L - 1}} ${X('j')}^{\\top}${d('j')} : dW_j` : '';

  switch (part) {
    case 'setup':
      return [
        ...Array.from(
          { length: L },
          (_, j): Equation => ({
            kind: 'symbolic',
            lhs: [tex(X(j + 1))],
            rel: '=',
            rhs: [
              tex(
                `${j === L - 1 ? '\\operatorname{softmax}' : '\\sigma'}(Z_{${j}}),\\quad Z_{${j}} = ${X(j)}\\,${W(j)}\\quad (${f.X[j].length}\\times ${f.W[j].length})(${f.W[j].length}\\times ${f.W[j][0].length})`,
              ),
            ],
          }),
        ),
        { kind: 'matrix', lhs: [tex(X(0))], rel: '=', rhs: [batch(f.X[0], activationOf(0))] },
        { kind: 'matrix', lhs: [tex('Y')], rel: '=', rhs: [batch(f.Y, targetOf)] },
        { kind: 'matrix', lhs: [tex(X(L))], rel: '=', rhs: [batch(f.X[L], activationOf(L))] },
      ];
    case 'output':
      return [
        {
          kind: 'definition',
          lhs: [tex('\\xi')],
          rel: '=',
          rhs: [
            tex(
              `\\operatorname{sum}(Y \\circ \\log ${X(L)}),\\quad ${X(L)} = \\operatorname{softmax}(Z_{${L - 1}})`,
            ),
          ],
        },
        ...checked('d\\xi', `(Y - ${X(L)}) : dZ_{${L - 1}}`, frobenius(delta[L - 1], dZ[L - 1])),
        {
          kind: 'matrix',
          lhs: [tex(d(L - 1))],
          rel: '=',
          rhs: [tex(`Y - ${X(L)} =`), batch(delta[L - 1], deltaOf(L))],
        },
        {
          kind: 'definition',
          lhs: [tex('dW')],
          rel: '\\sim',
          rhs: [tex('\\mathcal{U}(-1, 1),\\quad \\varepsilon = 10^{-5}')],
        },
      ];
    case 'layer': {
      const rows: Equation[] = [
        {
          kind: 'symbolic',
          lhs: [tex(`dZ_{${k}}`)],
          rel: '=',
          rhs: [tex(`d${X(k)}\\,${W(k)} + ${X(k)}\\,dW_{${k}}`)],
        },
        ...checked(
          'd\\xi',
          `${d(k)} : d${X(k)}\\,${W(k)} + ${d(k)} : ${X(k)}\\,dW_{${k}}${rest(k + 1)}`,
          frobenius(delta[k], matmul(dX[k], f.W[k])) +
            frobenius(delta[k], matmul(f.X[k], dW[k])) +
            found(k + 1),
        ),
        ...checked(
          '',
          `${d(k)}${W(k)}^{\\top} : d${X(k)} + ${X(k)}^{\\top}${d(k)} : dW_{${k}}${rest(k + 1)}`,
          frobenius(matmul(delta[k], transpose(f.W[k])), dX[k]) + found(k),
        ),
      ];
      if (k === 0) {
        rows.push({ kind: 'definition', lhs: [tex(`d${X(0)}`)], rel: '=', rhs: [tex('0')] });
        return rows;
      }
      const slope = map(f.X[k], (x) => x * (1 - x));
      rows.push(
        {
          kind: 'symbolic',
          lhs: [tex(`d${X(k)}`)],
          rel: '=',
          rhs: [tex(`${X(k)} \\circ (1 - ${X(k)}) \\circ dZ_{${k - 1}}`)],
        },
        ...checked(
          'd\\xi',
          `(${d(k)}${W(k)}^{\\top}) \\circ ${X(k)} \\circ (1 - ${X(k)}) : dZ_{${k - 1}}${rest(k)}`,
          frobenius(hadamard(matmul(delta[k], transpose(f.W[k])), slope), dZ[k - 1]) + found(k),
        ),
        {
          kind: 'matrix',
          lhs: [tex(d(k - 1))],
          rel: '=',
          rhs: [
            tex(`(${d(k)}${W(k)}^{\\top}) \\circ ${X(k)} \\circ (1 - ${X(k)}) =`),
            batch(delta[k - 1], deltaOf(k)),
          ],
        },
      );
      return rows;
    }
    case 'total':
      return [
        ...checked(
          'd\\xi',
          Array.from({ length: L }, (_, j) => `${X(j)}^{\\top}${d(j)} : dW_{${j}}`).join(' + '),
          found(0),
        ),
        ...Array.from(
          { length: L },
          (_, j): Equation => ({
            kind: 'matrix',
            lhs: [tex(`\\frac{\\partial \\xi}{\\partial ${W(j)}}`)],
            rel: '=',
            rhs: [
              tex(`${X(j)}^{\\top}${d(j)} =`),
              ascentOf(matmul(transpose(f.X[j]), delta[j]), j + 1),
            ],
          }),
        ),
      ];
    case 'identities':
      return identityRows(seed);
    case 'ascent': {
      // Maximising ξ = −J with step α is minimising J with the same step η = α.
      const after = gradientStep(
        { ...spec, reduction: 'sum', regularization: undefined },
        learningRate,
      ).spec;
      const j = L - 1;
      return [
        {
          kind: 'symbolic',
          lhs: [tex(W(j))],
          rel: '\\leftarrow',
          rhs: [tex(`${W(j)} + \\alpha\\, ${X(j)}^{\\top}${d(j)}`)],
        },
        {
          kind: 'symbolic',
          lhs: [tex(W(j))],
          rel: '\\leftarrow',
          rhs: [
            tex(
              `${W(j)} - \\eta\\, \\frac{\\partial J}{\\partial ${W(j)}},\\quad J = -\\xi,\\ \\eta = \\alpha`,
            ),
          ],
        },
        {
          kind: 'matrix',
          lhs: [tex(`${W(j)} + ${learningRate}\\, ${X(j)}^{\\top}${d(j)}`)],
          rel: '=',
          rhs: [mat(transpose(after.weights[j]))],
        },
      ];
    }
  }
}

/**
 * "A, B, C = …": the three matrices, with commas between them (side by side, matrices would read
 * as their product ABC).
 */
function matrices(...ms: number[][][]): Equation {
  return {
    kind: 'value',
    lhs: [tex('A, B, C')],
    rel: '=',
    rhs: ms.flatMap((x, i) => (i === 0 ? [mat(x)] : [tex(','), mat(x)])),
  };
}

/** A : B∘C = A∘B : C and A : BC = BᵀA : C = ACᵀ : B, each side evaluated on random matrices. */
function identityRows(seed: number): Equation[] {
  const rand = seededRandom(seed);
  const m = (r: number, c: number) => randomMatrix(r, c, rand);
  const [A, B, C] = [m(2, 3), m(2, 3), m(2, 3)];
  const [P, Q, R] = [m(2, 3), m(2, 2), m(2, 3)];
  const hadamardLeft = frobenius(A, hadamard(B, C));
  const productLeft = frobenius(P, matmul(Q, R));
  return [
    { kind: 'general', lhs: [tex('A : B \\circ C')], rel: '=', rhs: [tex('A \\circ B : C')] },
    matrices(A, B, C),
    {
      kind: 'value',
      lhs: [],
      rel: '\\Rightarrow',
      rhs: [num(hadamardLeft), tex('='), num(frobenius(hadamard(A, B), C))],
      value: hadamardLeft,
      check: frobenius(hadamard(A, B), C),
    },
    {
      kind: 'general',
      lhs: [tex('A : BC')],
      rel: '=',
      rhs: [tex('B^{\\top}A : C = AC^{\\top} : B')],
    },
    matrices(P, Q, R),
    {
      kind: 'value',
      lhs: [],
      rel: '\\Rightarrow',
      rhs: [
        num(productLeft),
        tex('='),
        num(frobenius(matmul(transpose(Q), P), R)),
        tex('='),
        num(frobenius(matmul(P, transpose(R)), Q)),
      ],
      value: productLeft,
      check: frobenius(matmul(transpose(Q), P), R),
    },
  ];
}
