/** The path-tracing animation and the reveal style's progress through a step's numbers. */

import type { AtlasSlice, TraceActions, TraceState } from './atlas.ts';

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
