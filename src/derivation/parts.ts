/** Small constructors for equation parts, and turning parts into LaTeX. */

import { formatTexNumber } from './number.ts';
import type { Equation, Part } from './types.ts';

export const tex = (text: string, extra: Partial<Part> = {}): Part => ({ tex: text, ...extra });
export const num = (value: number, extra: Partial<Part> = {}): Part => ({ value, ...extra });
export const mat = (matrix: readonly (readonly number[])[]): Part => ({ matrix });

/** A column vector as a matrix. */
export const column = <T>(v: readonly T[]): T[][] => v.map((x) => [x]);

/** Writes numbers with `digits` significant digits. */
export type NumberWriter = (value: number) => string;

/** A part as LaTeX; a filling matrix shows □ for the cells whose frame has not come yet. */
export function partTex(
  part: Part,
  write: NumberWriter = formatTexNumber,
  frame = Number.POSITIVE_INFINITY,
): string {
  if (part.tex !== undefined) return part.tex;
  if (part.figure) return figureTex(part.figure);
  if (part.value !== undefined) {
    const text = write(part.value);
    return part.paren && part.value < 0 ? `\\left(${text}\\right)` : text;
  }
  if (part.matrix) {
    const cell = (v: number, i: number, j: number) =>
      (part.cellReveal?.[i][j] ?? 0) > frame ? '\\square' : write(v);
    return `\\begin{bmatrix}${part.matrix.map((row, i) => row.map((v, j) => cell(v, i, j)).join(' & ')).join(' \\\\ ')}\\end{bmatrix}`;
  }
  return '';
}

/** The whole equation as one LaTeX string (for checks, export and screen-reader text). */
export function equationTex(eq: Equation, write: NumberWriter = formatTexNumber): string {
  const side = (parts: Part[]) => parts.map((p) => partTex(p, write)).join(' ');
  return [side(eq.lhs), eq.rel, side(eq.rhs)].filter((s) => s !== '').join(' ');
}

/** Parts joined by a separator part, e.g. factors by \\cdot. */
export function joinParts(groups: Part[][], separator: string): Part[] {
  return groups.flatMap((g, i) => (i === 0 ? g : [tex(separator), ...g]));
}

/** A figure in LaTeX, for checks and export: its shape, boxed. */
function figureTex(figure: NonNullable<Part['figure']>): string {
  if (figure.kind === 'heatmap')
    return `\\boxed{${figure.matrix.length}\\times ${figure.matrix[0]?.length ?? 0}}`;
  if (figure.kind === 'curve') return `\\boxed{${figure.values.length}\\ \\text{steps}}`;
  return `\\boxed{${figure.sizes.length}\\ \\text{sizes}}`;
}
