import { describe, expect, it } from 'vitest';
import { runPieces } from '../../src/ui/hooks/idle.ts';

/** A clock that each piece moves on by `cost` ms, and pieces that record that they ran. */
function setup(count: number, cost: number) {
  let t = 0;
  const ran: number[] = [];
  const pieces = Array.from({ length: count }, (_, i) => () => {
    ran.push(i);
    t += cost;
  });
  return { pieces, ran, now: () => t };
}
const offering = (ms: number): IdleDeadline => ({ didTimeout: false, timeRemaining: () => ms });

describe('work in idle time, a slice at a time', () => {
  it('stops once the slice is used, though the browser offers more', () => {
    const { pieces, ran, now } = setup(20, 1);
    const next = runPieces(pieces, 0, offering(49), 4, now);
    expect(next).toBe(4);
    expect(ran).toEqual([0, 1, 2, 3]);
    expect(runPieces(pieces, next, offering(49), 4, now)).toBe(8);
  });

  it('runs one piece even when no time is left, so the work always ends', () => {
    const { pieces, ran, now } = setup(3, 10);
    expect(runPieces(pieces, 0, offering(0), 4, now)).toBe(1);
    expect(runPieces(pieces, 1, undefined, 4, now)).toBe(2);
    expect(runPieces(pieces, 2, offering(0), 4, now)).toBe(3);
    expect(runPieces(pieces, 3, offering(49), 4, now)).toBe(3);
    expect(ran).toEqual([0, 1, 2]);
  });

  it('stops short of the slice when the browser needs the time back', () => {
    const { pieces, now } = setup(20, 0.5);
    let left = 3;
    const deadline: IdleDeadline = { didTimeout: false, timeRemaining: () => (left -= 0.5) };
    expect(runPieces(pieces, 0, deadline, 4, now)).toBe(2);
  });

  it('pieces a piece adds right after itself run next, in the same call if time is left', () => {
    const ran: string[] = [];
    const work: (() => void)[] = [];
    const a = () => {
      ran.push('a');
      work.splice(
        work.indexOf(a) + 1,
        0,
        () => ran.push('a1'),
        () => ran.push('a2'),
      );
    };
    work.push(a, () => ran.push('b'));
    let t = 0;
    expect(runPieces(work, 0, undefined, 4, () => t++)).toBe(4);
    expect(ran).toEqual(['a', 'a1', 'a2', 'b']);
  });
});
