/** How it is shown: language, presentation, the graph's options, digits, what is lit, notices. */

import type { FactorKey } from '../../derivation/types.ts';
import type { Lang, Text } from '../../schema/language.ts';
import type { AtlasSlice } from './atlas.ts';

export interface ViewState {
  lang: Lang;
  presentation: boolean;
  /** Presentation mode's reveal style: a step's numbers appear one per click (PageDown). */
  revealing: boolean;
  /** Separate z and a nodes (seed 003's drawing) or one circle per unit. */
  expanded: boolean;
  showGradients: boolean;
  /** Significant digits the numbers on screen are written with. */
  digits: number;
  /** The factor under the pointer, in the graph or in an equation. */
  hover: FactorKey | null;
  /** A factor lit whatever the pointer does: the one the quiz is asking about. */
  spotlight: FactorKey | null;
  /** Messages about what a URL asked for and did not get. */
  notices: Text[];
}

export interface ViewActions {
  setLang(lang: Lang): void;
  setPresentation(on: boolean): void;
  /** Turns the reveal style on or off; either way the step's numbers start hidden again. */
  setRevealing(on: boolean): void;
  setExpanded(on: boolean): void;
  setShowGradients(on: boolean): void;
  setHover(key: FactorKey | null): void;
  setSpotlight(key: FactorKey | null): void;
  setDigits(digits: number): void;
  dismissNotices(): void;
}

export const viewSlice: AtlasSlice<ViewState & ViewActions> = (set) => ({
  lang: 'en',
  presentation: false,
  revealing: false,
  expanded: true,
  showGradients: false,
  digits: 4,
  hover: null,
  spotlight: null,
  notices: [],
  setLang: (lang) => set({ lang }),
  setPresentation: (presentation) => set({ presentation }),
  setRevealing: (revealing) => set({ revealing, revealed: 0 }),
  setExpanded: (expanded) => set({ expanded }),
  setShowGradients: (showGradients) => set({ showGradients }),
  setHover: (hover) => set({ hover }),
  setSpotlight: (spotlight) => set({ spotlight }),
  setDigits: (digits) => set({ digits }),
  dismissNotices: () => set({ notices: [] }),
});
