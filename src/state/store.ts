/**
 * The one store of the app, made of zustand slices (slices/): navigation (what is shown), view
 * (how), document (the person's edits and saved networks) and trace (the path-tracing animation).
 * Derived numbers are not kept here: they are recomputed from the spec by the engine (derived.ts).
 */

import { createStore } from 'zustand/vanilla';
import type { AtlasData, AtlasState, TraceState } from './slices/atlas.ts';
import { documentSlice } from './slices/document.ts';
import { navigationSlice } from './slices/navigation.ts';
import { traceSlice } from './slices/trace.ts';
import { viewSlice } from './slices/view.ts';

export type { AtlasState } from './slices/atlas.ts';

/** What a page starts from: the URL's view and the browser's saved networks. */
export type InitialState = Partial<Omit<AtlasData, keyof TraceState>>;

export function createAtlasStore(initial: InitialState = {}) {
  return createStore<AtlasState>()((...a) => ({
    ...navigationSlice(...a),
    ...viewSlice(...a),
    ...documentSlice(...a),
    ...traceSlice(...a),
    ...initial,
  }));
}

export type AtlasStore = ReturnType<typeof createAtlasStore>;
