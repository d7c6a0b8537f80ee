/**
 * The whole store's shape, which each slice's actions may set across (zustand's slices pattern:
 * choosing a network also rewinds the trace and clears what is lit).
 */

import type { StateCreator } from 'zustand/vanilla';
import type { Preset } from '../../content/presets.ts';
import type { FactorKey } from '../../derivation/types.ts';
import type { Lang, Text } from '../../schema/language.ts';
import type { Edits } from '../edits.ts';
import type { SetAside } from '../savedStore.ts';

export type AtlasData = NavigationState & ViewState & DocumentState & TraceState;
export type AtlasState = AtlasData &
  NavigationActions &
  ViewActions &
  DocumentActions &
  TraceActions;

/** One slice: its part of the state and its actions, made with the whole store's set and get. */
export type AtlasSlice<T> = StateCreator<AtlasState, [], [], T>;

// What is shown: which network, which step, which parameter's paths, and whether it plays. Set in slices/navigation.ts.

export interface NavigationState {
  netId: string;
  /** 0-based index of the current step. */
  step: number;
  /** The parameter whose paths are traced, `W1[0][1]` or `b2[0]`, or null. */
  param: string | null;
  playing: boolean;
  /** 0.5, 1 or 2: multiplies the pace of stepping and tracing. */
  speed: number;
}

export interface NavigationActions {
  selectNetwork(id: string): void;
  goToStep(step: number, stepParam: string | null): void;
  selectParam(param: string | null): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
}

// How it is shown: language, presentation, the graph's options, digits, what is lit, notices. Set in slices/view.ts.

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

// The person's work: edited numbers per network, the last training step, saved networks. Set in slices/document.ts.

export interface DocumentState {
  /** Edited numbers, per network id: target name → value. */
  edits: Record<string, Edits>;
  /** How much each weight and bias moved in the last single training step (Δw = −η ∂J/∂w). */
  lastUpdate: Record<string, number> | null;
  /** The person's own networks, kept in the browser. */
  saved: Preset[];
  /** The network a link (`def=`) brought: shown, but saved only when the person saves it. */
  linked: Preset | null;
  /** What could not be read back from the browser's store, or from an imported file, or stored. */
  savedErrors: (string | Text)[];
  /** The store's text that could not be read, kept under a key of its own (offered for download). */
  setAside: SetAside | null;
  /** False when that text could not be kept aside: the list is then never written over it. */
  savedWritable: boolean;
  /** A saved network whose link, once made, was longer than DEF_LINK_LIMIT (its `def` length). */
  longLink: { netId: string; chars: number } | null;
}

export interface DocumentActions {
  /** Sets one number of the current network. */
  setEdit(target: string, value: number): void;
  /** Puts the current network's numbers back as the preset has them. */
  resetEdits(): void;
  /** Replaces the current network's edited numbers (after training), noting the step's changes. */
  setTrained(edits: Edits, lastUpdate: Record<string, number> | null): void;
  /** Adds (or replaces, by id) one of the person's own networks and shows it. */
  saveNetwork(preset: Preset): void;
  reportSavedError(message: string | Text): void;
  /** A saved network's link was made with a `def` of `chars` characters: too long is noted. */
  linkMade(netId: string, chars: number): void;
  dismissLongLink(): void;
}

// The path-tracing animation and the reveal style's progress through a step's numbers. Set in slices/trace.ts.

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
