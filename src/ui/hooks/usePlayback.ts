import { useEffect } from 'react';
import { useAtlas, useAtlasStore } from '../store.tsx';
import { STEP_DWELL_MS } from '../theme.ts';

/**
 * While playing, moves to the next step once the current one has been shown: its trace (if it
 * has one) finished, then a pause to read. Stops at the last step.
 */
export function usePlayback(
  stepCount: number,
  traceDone: boolean,
  goToStep: (i: number) => void,
): void {
  const store = useAtlasStore();
  const playing = useAtlas((s) => s.playing);
  const step = useAtlas((s) => s.step);
  const speed = useAtlas((s) => s.speed);

  useEffect(() => {
    if (!playing || !traceDone) return;
    if (step >= stepCount - 1) {
      store.getState().setPlaying(false);
      return;
    }
    const timer = setTimeout(() => goToStep(step + 1), STEP_DWELL_MS / speed);
    return () => clearTimeout(timer);
  }, [playing, traceDone, step, stepCount, speed, goToStep, store]);
}
