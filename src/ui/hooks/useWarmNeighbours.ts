import { useEffect } from 'react';
import { formatTexNumber } from '../../derivation/number.ts';
import { partTex } from '../../derivation/parts.ts';
import type { Step } from '../../derivation/types.ts';
import { renderTex } from '../katex.ts';

/**
 * While the browser is idle, renders the LaTeX of the steps on either side of the current one
 * into KaTeX's cache, so that a key press only has to place what is already typeset.
 */
export function useWarmNeighbours(steps: Step[], current: number, digits: number): void {
  useEffect(() => {
    const neighbours = [steps[current + 1], steps[current - 1]].filter(
      (s): s is Step => s !== undefined,
    );
    const write = (v: number) => formatTexNumber(v, digits);
    const work = neighbours.flatMap((s) =>
      s.equations.flatMap((row) => [
        row.rel,
        ...[...row.lhs, ...row.rhs].map((p) => partTex(p, write)),
      ]),
    );
    let i = 0;
    let handle = 0;
    const run = (deadline?: IdleDeadline) => {
      while (i < work.length && (!deadline || deadline.timeRemaining() > 2)) renderTex(work[i++]);
      if (i < work.length) handle = schedule(run);
    };
    handle = schedule(run);
    return () => cancel(handle);
  }, [steps, current, digits]);
}

const schedule = (f: (d?: IdleDeadline) => void): number =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(f, { timeout: 1000 })
    : window.setTimeout(f, 50);
const cancel = (h: number) =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(h) : window.clearTimeout(h);
