import { useCallback, useEffect, useRef, useState } from 'react';
import type { Preset } from '../../content/presets.ts';
import { type Divergence, divergence } from '../../engine/divergence.ts';
import { paramValue, parseParam } from '../../engine/params.ts';
import type { NetworkSpec } from '../../engine/spec.ts';
import { trace } from '../../engine/trace.ts';
import { gradientStep, layerByLayerStep } from '../../engine/train.ts';
import { editsBetween } from '../../state/edits.ts';
import { useAtlasStore } from '../store.tsx';
import { LossHistory } from './lossHistory.ts';

/** Longest stretch of training between two chances for the page to respond. */
export const SLICE_MS = 8;
/** How often a long run shows its numbers on the graph and in the equations. */
const PUBLISH_MS = 400;

export type Mode = 'standard' | 'layer-by-layer';

export interface Trainer {
  running: boolean;
  done: number;
  target: number;
  /** J before each step taken in this run, and after the last; the same object for the trainer's life. */
  losses: LossHistory;
  /** Why the last run or step stopped short, if the loss overflowed or exploded. */
  stopped: Divergence | null;
  step(): void;
  run(steps: number): void;
  pause(): void;
}

/**
 * Full-batch gradient descent on the current network, in slices of at most SLICE_MS so that the
 * page never waits on it; pausing stops after the current slice. The numbers it reaches become the
 * network's edits, so the graph, the equations and the URL follow. A run stops when its loss
 * explodes (keeping the numbers it reached) or overflows (keeping the last numbers whose loss was
 * finite: ∞ and NaN are no numbers to show, edit or put in a link).
 */
export function useTrainer(
  base: Preset,
  current: NetworkSpec,
  learningRate: number,
  mode: Mode,
): Trainer {
  const store = useAtlasStore();
  const [running, setRunning] = useState(false);
  const [done, setDone] = useState(0);
  const [target, setTarget] = useState(0);
  const [losses] = useState(() => new LossHistory());
  const [stopped, setStopped] = useState<Divergence | null>(null);
  const timer = useRef<number | null>(null);
  const spec = useRef(current);
  if (!running) spec.current = current;
  const stepOnce = useCallback(
    (s: NetworkSpec) =>
      mode === 'standard' ? gradientStep(s, learningRate) : layerByLayerStep(s, learningRate),
    [learningRate, mode],
  );
  const publish = useCallback(
    (s: NetworkSpec, moved: Record<string, number> | null) =>
      store.getState().setTrained(editsBetween(base.spec, s), moved),
    [store, base],
  );
  const pause = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    setRunning(false);
  }, []);
  useEffect(() => pause, [pause]);
  // A different network, or different numbers set by hand, end the run.
  useEffect(() => {
    void base;
    pause();
    losses.clear();
    losses.notify();
    setStopped(null);
    setDone(0);
  }, [base, pause, losses]);

  const step = useCallback(() => {
    const before = spec.current;
    const { spec: after, lossBefore } = stepOnce(before);
    const lossAfter = trace(after).loss;
    // J before each step taken one at a time so far, and after the last (as a run keeps it).
    const verdict = divergence(losses.at(0) ?? lossBefore, lossAfter, Math.max(1, losses.length));
    setStopped(verdict);
    if (verdict?.kind === 'overflow') return;
    losses.setLast(lossBefore);
    losses.push(lossAfter);
    losses.notify();
    const moved = editsBetween(before, after);
    // Δθ = θ after − θ before, for the graph to show.
    for (const key of Object.keys(moved)) moved[key] -= currentValue(before, key);
    spec.current = after;
    publish(after, moved);
  }, [stepOnce, publish, losses]);

  const run = useCallback(
    (steps: number) => {
      pause();
      setRunning(true);
      setTarget(steps);
      setDone(0);
      setStopped(null);
      let taken = 0;
      let lastPublish = performance.now();
      let verdict: Divergence | null = null;
      // This run's history, appended in place as it goes.
      const history = losses;
      history.clear();
      // The numbers before the last step, to go back to if that step's loss overflows.
      let previous = spec.current;
      const slice = () => {
        const t0 = performance.now();
        while (taken < steps && !verdict && performance.now() - t0 < SLICE_MS) {
          const r = stepOnce(spec.current);
          // r.lossBefore is J after `taken` steps.
          verdict = divergence(history.at(0) ?? r.lossBefore, r.lossBefore, taken);
          if (verdict?.kind === 'overflow') {
            spec.current = previous;
            // Its J, history's last, ends the curve.
            taken = Math.max(0, taken - 1);
            break;
          }
          history.push(r.lossBefore);
          if (verdict) break;
          previous = spec.current;
          spec.current = r.spec;
          taken++;
        }
        setDone(taken);
        history.notify();
        if (verdict) setStopped(verdict);
        if (verdict || taken >= steps || performance.now() - lastPublish > PUBLISH_MS) {
          publish(spec.current, null);
          lastPublish = performance.now();
        }
        if (taken < steps && !verdict) timer.current = window.setTimeout(slice, 0);
        else {
          timer.current = null;
          setRunning(false);
        }
      };
      timer.current = window.setTimeout(slice, 0);
    },
    [pause, stepOnce, publish, losses],
  );
  return { running, done, target, losses, stopped, step, run, pause };
}

function currentValue(spec: NetworkSpec, name: string): number {
  const p = parseParam(name, spec);
  return 'error' in p ? 0 : paramValue(spec, p);
}
