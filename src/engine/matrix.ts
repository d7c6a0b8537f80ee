/**
 * Dense matrices as arrays of rows, and the operations the matrix-calculus arguments use:
 * products, the Hadamard product ∘, the Frobenius product A : B = trace(AᵀB), the Kronecker
 * product ⊗, vec (stacking columns) and its inverse, and Diag. Small and plain: these run on
 * the articles' small networks and on the size sweeps that show what the Kronecker form costs.
 */

export type Mat = number[][];

export function zeros(rows: number, cols: number): Mat {
  return Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
}

export function identity(n: number): Mat {
  const I = zeros(n, n);
  for (let i = 0; i < n; i++) I[i][i] = 1;
  return I;
}

export function shape(A: readonly (readonly number[])[]): [number, number] {
  return [A.length, A[0]?.length ?? 0];
}

export function transpose(A: readonly (readonly number[])[]): Mat {
  const [r, c] = shape(A);
  const T = zeros(c, r);
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) T[j][i] = A[i][j];
  return T;
}

/** A·B. */
export function matmul(A: readonly (readonly number[])[], B: readonly (readonly number[])[]): Mat {
  const [r, k] = shape(A);
  const [k2, c] = shape(B);
  if (k !== k2) throw new Error(`matmul: ${r}×${k} times ${k2}×${c}`);
  const C = zeros(r, c);
  for (let i = 0; i < r; i++) {
    const row = C[i];
    for (let t = 0; t < k; t++) {
      const a = A[i][t];
      if (a === 0) continue;
      const Bt = B[t];
      for (let j = 0; j < c; j++) row[j] += a * Bt[j];
    }
  }
  return C;
}

/** Element by element: f(A_ij, B_ij). */
export function zipWith(
  A: readonly (readonly number[])[],
  B: readonly (readonly number[])[],
  f: (a: number, b: number) => number,
): Mat {
  return A.map((row, i) => row.map((a, j) => f(a, B[i][j])));
}

export function map(A: readonly (readonly number[])[], f: (a: number) => number): Mat {
  return A.map((row) => row.map(f));
}

/** A ∘ B, the Hadamard product. */
export const hadamard = (A: readonly (readonly number[])[], B: readonly (readonly number[])[]) =>
  zipWith(A, B, (a, b) => a * b);
export const add = (A: readonly (readonly number[])[], B: readonly (readonly number[])[]) =>
  zipWith(A, B, (a, b) => a + b);
export const subtract = (A: readonly (readonly number[])[], B: readonly (readonly number[])[]) =>
  zipWith(A, B, (a, b) => a - b);
export const scale = (A: readonly (readonly number[])[], s: number) => map(A, (a) => a * s);

/** A : B = Σ_ij A_ij B_ij = trace(AᵀB), the Frobenius product. */
export function frobenius(
  A: readonly (readonly number[])[],
  B: readonly (readonly number[])[],
): number {
  let s = 0;
  A.forEach((row, i) => {
    row.forEach((a, j) => {
      s += a * B[i][j];
    });
  });
  return s;
}

export function sum(A: readonly (readonly number[])[]): number {
  return A.reduce((s, row) => s + row.reduce((t, v) => t + v, 0), 0);
}

/** A ⊗ B: block (i, j) is A_ij B. */
export function kron(A: readonly (readonly number[])[], B: readonly (readonly number[])[]): Mat {
  const [ar, ac] = shape(A);
  const [br, bc] = shape(B);
  const K = zeros(ar * br, ac * bc);
  for (let i = 0; i < ar; i++) {
    for (let j = 0; j < ac; j++) {
      const a = A[i][j];
      if (a === 0) continue;
      for (let p = 0; p < br; p++)
        for (let q = 0; q < bc; q++) K[i * br + p][j * bc + q] = a * B[p][q];
    }
  }
  return K;
}

/** vec(A): the columns of A stacked into one column (as a column matrix). */
export function vec(A: readonly (readonly number[])[]): Mat {
  const [r, c] = shape(A);
  const v: Mat = [];
  for (let j = 0; j < c; j++) for (let i = 0; i < r; i++) v.push([A[i][j]]);
  return v;
}

/** vec⁻¹: a column (or row) of r·c numbers back into an r × c matrix, column by column. */
export function unvec(v: readonly (readonly number[])[], rows: number, cols: number): Mat {
  const flat = v.flat();
  if (flat.length !== rows * cols)
    throw new Error(`unvec: ${flat.length} numbers into ${rows}×${cols}`);
  const A = zeros(rows, cols);
  for (let j = 0; j < cols; j++) for (let i = 0; i < rows; i++) A[i][j] = flat[j * rows + i];
  return A;
}

/** Diag(v): the numbers of v along the diagonal of a square matrix. */
export function diag(v: readonly (readonly number[])[]): Mat {
  const flat = v.flat();
  const D = zeros(flat.length, flat.length);
  flat.forEach((x, i) => {
    D[i][i] = x;
  });
  return D;
}

export function maxAbsDiff(
  A: readonly (readonly number[])[],
  B: readonly (readonly number[])[],
): number {
  let m = 0;
  A.forEach((row, i) => {
    row.forEach((a, j) => {
      m = Math.max(m, Math.abs(a - B[i][j]));
    });
  });
  return m;
}
