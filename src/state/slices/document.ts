/** The person's work: edited numbers per network, the last training step, saved networks. */

import { DEF_LINK_LIMIT } from '../linkedNetwork.ts';
import { asSaved } from '../saved.ts';
import type { AtlasSlice, DocumentActions, DocumentState } from './atlas.ts';

export const documentSlice: AtlasSlice<DocumentState & DocumentActions> = (set) => ({
  edits: {},
  lastUpdate: null,
  saved: [],
  linked: null,
  savedErrors: [],
  setAside: null,
  savedWritable: true,
  longLink: null,
  setEdit: (target, value) =>
    set((s) => ({ edits: { ...s.edits, [s.netId]: { ...s.edits[s.netId], [target]: value } } })),
  resetEdits: () => set((s) => ({ edits: { ...s.edits, [s.netId]: {} }, lastUpdate: null })),
  setTrained: (edits, lastUpdate) =>
    set((s) => ({ edits: { ...s.edits, [s.netId]: edits }, lastUpdate })),
  saveNetwork: (preset) =>
    set((s) => ({
      // Kept as the store and links keep it: an article's own storyline stays with the article.
      saved: [...s.saved.filter((p) => p.spec.id !== preset.spec.id), asSaved(preset)],
      // Saved under the link's own id, the linked network is now one of the person's.
      linked: s.linked?.spec.id === preset.spec.id ? null : s.linked,
      netId: preset.spec.id,
      step: 0,
      param: null,
      frame: 0,
    })),
  reportSavedError: (message) => set((s) => ({ savedErrors: [...s.savedErrors, message] })),
  linkMade: (netId, chars) => {
    if (chars > DEF_LINK_LIMIT) set({ longLink: { netId, chars } });
  },
  dismissLongLink: () => set({ longLink: null }),
});
