/** What is shown: which network, which step, which parameter's paths, and whether it plays. */

import type { AtlasSlice, NavigationActions, NavigationState } from './atlas.ts';

export const navigationSlice: AtlasSlice<NavigationState & NavigationActions> = (set) => ({
  netId: '',
  step: 0,
  param: null,
  playing: false,
  speed: 1,
  // A new network starts at its first step, nothing traced or lit, no training step's marks.
  selectNetwork: (netId) =>
    set({ netId, step: 0, param: null, playing: false, frame: 0, hover: null, lastUpdate: null }),
  // Every step starts its animation from the first frame; in the reveal style a step reached
  // going forward starts with its numbers hidden, one reached going back shows them all.
  goToStep: (step, stepParam) =>
    set((s) => ({
      step,
      param: stepParam,
      frame: 0,
      held: false,
      revealed: step > s.step ? 0 : Number.POSITIVE_INFINITY,
    })),
  selectParam: (param) => set({ param, frame: 0, held: false, revealed: 0 }),
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
});
