/**
 * The one store of the app, made of slices: what is shown (network, step, parameter), how
 * (language, presentation, graph options) and the path-tracing animation. Derived numbers are
 * not kept here: they are recomputed from the spec by the engine (see derived.ts).
 */

import { createStore } from 'zustand/vanilla';
import type { Preset } from '../content/presets.ts';
import type { FactorKey } from '../derivation/types.ts';
import type { Lang, Text } from '../schema/language.ts';
import type { Edits } from './edits.ts';
import { asSaved } from './saved.ts';

export interface NavigationSlice {
  netId: string;
  /** 0-based index of the current step. */
  step: number;
  /** The parameter whose paths are traced, `W1[0][1]` or `b2[0]`, or null. */
  param: string | null;
  playing: boolean;
  /** 0.5, 1 or 2: multiplies the pace of stepping and tracing. */
  speed: number;
}

export interface ViewSlice {
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
  /** Edited numbers, per network id: target name → value. */
  edits: Record<string, Edits>;
  /** How much each weight and bias moved in the last single training step (Δw = −η ∂J/∂w). */
  lastUpdate: Record<string, number> | null;
  /** The person's own networks, kept in the browser. */
  saved: Preset[];
  /** What could not be read back from the browser's store, or from an imported file. */
  savedErrors: string[];
}

export interface TraceSlice {
  /** Frames of the current trace shown so far (0 = none, frames.length = all). */
  frame: number;
  /** The trace animation is held where it is. */
  held: boolean;
  /** Bumped to replay the trace from its first frame. */
  replays: number;
  /** In the reveal style, how many of the step's numbers are shown (Infinity: all). */
  revealed: number;
}

export interface Actions {
  selectNetwork(id: string): void;
  goToStep(step: number, stepParam: string | null): void;
  selectParam(param: string | null): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  setLang(lang: Lang): void;
  setPresentation(on: boolean): void;
  setRevealing(on: boolean): void;
  /** Shows one more of the step's numbers (the reveal style). */
  revealNext(): void;
  setExpanded(on: boolean): void;
  setShowGradients(on: boolean): void;
  setHover(key: FactorKey | null): void;
  setSpotlight(key: FactorKey | null): void;
  setDigits(digits: number): void;
  dismissNotices(): void;
  /** Sets one number of the current network. */
  setEdit(target: string, value: number): void;
  /** Puts the current network's numbers back as the preset has them. */
  resetEdits(): void;
  /** Replaces the current network's edited numbers (after training), noting the step's changes. */
  setTrained(edits: Edits, lastUpdate: Record<string, number> | null): void;
  /** Adds (or replaces, by id) one of the person's own networks and shows it. */
  saveNetwork(preset: Preset): void;
  reportSavedError(message: string): void;
  setFrame(frame: number): void;
  setHeld(held: boolean): void;
  replay(): void;
}

export type AtlasState = NavigationSlice & ViewSlice & TraceSlice & Actions;

export type InitialState = Partial<NavigationSlice & ViewSlice>;

export function createAtlasStore(initial: InitialState = {}) {
  return createStore<AtlasState>()((set) => ({
    netId: '',
    step: 0,
    param: null,
    playing: false,
    speed: 1,
    lang: 'en',
    presentation: false,
    revealing: false,
    revealed: 0,
    expanded: true,
    showGradients: false,
    hover: null,
    spotlight: null,
    digits: 4,
    notices: [],
    edits: {},
    saved: [],
    savedErrors: [],
    lastUpdate: null,
    frame: 0,
    held: false,
    replays: 0,
    ...initial,

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
    setLang: (lang) => set({ lang }),
    setPresentation: (presentation) => set({ presentation }),
    setRevealing: (revealing) => set({ revealing, revealed: 0 }),
    revealNext: () => set((s) => ({ revealed: s.revealed + 1 })),
    setExpanded: (expanded) => set({ expanded }),
    setShowGradients: (showGradients) => set({ showGradients }),
    setHover: (hover) => set({ hover }),
    setSpotlight: (spotlight) => set({ spotlight }),
    setDigits: (digits) => set({ digits }),
    dismissNotices: () => set({ notices: [] }),
    setEdit: (target, value) =>
      set((s) => ({ edits: { ...s.edits, [s.netId]: { ...s.edits[s.netId], [target]: value } } })),
    resetEdits: () => set((s) => ({ edits: { ...s.edits, [s.netId]: {} }, lastUpdate: null })),
    setTrained: (edits, lastUpdate) =>
      set((s) => ({ edits: { ...s.edits, [s.netId]: edits }, lastUpdate })),
    saveNetwork: (preset) =>
      set((s) => ({
        // Kept as the store and links keep it: an article's own storyline stays with the article.
        saved: [...s.saved.filter((p) => p.spec.id !== preset.spec.id), asSaved(preset)],
        netId: preset.spec.id,
        step: 0,
        param: null,
        frame: 0,
      })),
    reportSavedError: (message) => set((s) => ({ savedErrors: [...s.savedErrors, message] })),
    setFrame: (frame) => set({ frame }),
    setHeld: (held) => set({ held }),
    replay: () => set((s) => ({ frame: 0, held: false, replays: s.replays + 1 })),
  }));
}

export type AtlasStore = ReturnType<typeof createAtlasStore>;
