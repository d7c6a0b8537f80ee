import { useEffect } from 'react';
import { useAtlas, useAtlasStore } from '../store.tsx';
import { FRAME_MS } from '../theme.ts';

/**
 * Advances the trace animation one frame at a time until every frame is shown. With reduced
 * motion it jumps straight to the final state.
 */
export function useTraceAnimation(frameCount: number, reducedMotion: boolean): void {
  const store = useAtlasStore();
  const frame = useAtlas((s) => s.frame);
  const held = useAtlas((s) => s.held);
  const speed = useAtlas((s) => s.speed);
  const param = useAtlas((s) => s.param);
  const replays = useAtlas((s) => s.replays);

  useEffect(() => {
    if (reducedMotion && frame < frameCount) store.getState().setFrame(frameCount);
  }, [reducedMotion, frame, frameCount, store]);

  useEffect(() => {
    void param;
    void replays;
    if (reducedMotion || held || frame >= frameCount) return;
    const timer = setTimeout(() => store.getState().setFrame(frame + 1), FRAME_MS / speed);
    return () => clearTimeout(timer);
  }, [frame, frameCount, held, speed, reducedMotion, param, replays, store]);
}
