/** The path-tracing animation and the reveal style's progress through a step's numbers. */

import type { AtlasSlice } from './atlas.ts';

export interface TraceState {
  /** Frames of the current trace shown so far (0 = none, frames.length = all). */
  frame: number;
  /** The trace animation is held where it is. */
  held: boolean;
  /** Bumped to replay the trace from its first frame. */
  replays: number;
  /** In the reveal style, how many of the step's numbers are shown (Infinity: all). */
  revealed: number;
}

export interface TraceActions {
  setFrame(frame: number): void;
  setHeld(held: boolean): void;
  replay(): void;
  /** Shows one more of the step's numbers (the reveal style). */
  revealNext(): void;
}

export const traceSlice: AtlasSlice<TraceState & TraceActions> = (set) => ({
  frame: 0,
  held: false,
  replays: 0,
  revealed: 0,
  setFrame: (frame) => set({ frame }),
  setHeld: (held) => set({ held }),
  replay: () => set((s) => ({ frame: 0, held: false, replays: s.replays + 1 })),
  revealNext: () => set((s) => ({ revealed: s.revealed + 1 })),
});
