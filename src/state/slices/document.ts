/** The person's work: edited numbers per network, the last training step, saved networks. */

import type { Preset } from '../../content/presets.ts';
import type { Edits } from '../edits.ts';
import { asSaved } from '../saved.ts';
import type { AtlasSlice } from './atlas.ts';

export interface DocumentState {
  /** Edited numbers, per network id: target name → value. */
  edits: Record<string, Edits>;
  /** How much each weight and bias moved in the last single training step (Δw = −η ∂J/∂w). */
  lastUpdate: Record<string, number> | null;
  /** The person's own networks, kept in the browser. */
  saved: Preset[];
  /** What could not be read back from the browser's store, or from an imported file. */
  savedErrors: string[];
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
  reportSavedError(message: string): void;
}

export const documentSlice: AtlasSlice<DocumentState & DocumentActions> = (set) => ({
  edits: {},
  lastUpdate: null,
  saved: [],
  savedErrors: [],
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
});
