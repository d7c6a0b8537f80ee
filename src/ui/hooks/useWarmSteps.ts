import { useEffect } from 'react';
import { formatTexNumber } from '../../derivation/number.ts';
import { equationTex, partTex } from '../../derivation/parts.ts';
import type { Step } from '../../derivation/types.ts';
import { preloadFigures } from '../figures/lazyFigures.tsx';
import { renderTex } from '../katex.ts';
import { runPieces, whenIdle } from './idle.ts';

/** How long one idle call may typeset ahead before it gives the page back (ms). */
const SLICE_MS = 4;

/**
 * While the browser is idle, renders the LaTeX of the steps up to two either side of the current
 * one into KaTeX's cache: the equations panel draws the current step's neighbours ahead, so after
 * a key press the next-but-one is drawn, and should find its LaTeX typeset. The current step's
 * own rows come first: after an edit they carry new numbers, and closing a trace shows them again.
 */
export function useWarmSteps(steps: Step[], current: number, digits: number): void {
  useEffect(() => {
    const near = [current, current + 1, current - 1, current + 2, current - 2]
      .map((i) => steps[i])
      .filter((s): s is Step => s !== undefined);
    const write = (v: number) => formatTexNumber(v, digits);
    // A step opens on its first animation frame (matrices with cells still to fill) and ends
    // with everything shown: both are typeset ahead. Each step's equations are built in a piece
    // of their own too (a step that trains a network takes tens of milliseconds), and its
    // typesetting pieces follow right after it.
    const pieces = (s: Step) =>
      s.equations.flatMap((row) => [
        () => renderTex(equationTex(row, write), false, 'mathml'),
        ...[
          row.rel,
          ...[...row.lhs, ...row.rhs].flatMap((p) => {
            const first = partTex(p, write, 0);
            const last = partTex(p, write);
            return first === last ? [last] : [first, last];
          }),
        ].map((tex) => () => renderTex(tex, false, 'html')),
      ]);
    let i = 0;
    const work: (() => void)[] = near.map((s) => {
      const step = () => {
        // A figure's code (D3's scales) loads the first time one is shown: ahead, if one is near.
        if (s.equations.some((row) => [...row.lhs, ...row.rhs].some((p) => p.figure)))
          void preloadFigures();
        work.splice(work.indexOf(step) + 1, 0, ...pieces(s));
      };
      return step;
    });
    // Once the press's frame is shown, a few pieces per idle call (runPieces).
    return whenIdle((deadline) => {
      i = runPieces(work, i, deadline, SLICE_MS);
      return i < work.length;
    }, 1000);
  }, [steps, current, digits]);
}
