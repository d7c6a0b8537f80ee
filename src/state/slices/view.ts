/** How it is shown: language, presentation, the graph's options, digits, what is lit, notices. */

import type { AtlasSlice, ViewActions, ViewState } from './atlas.ts';

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
