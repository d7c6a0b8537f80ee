import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { AtlasState, AtlasStore } from '../state/store.ts';

const StoreContext = createContext<AtlasStore | null>(null);

export function StoreProvider({ store, children }: { store: AtlasStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The app's store; fails loudly outside a StoreProvider. */
export function useAtlasStore(): AtlasStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAtlas must be used inside <StoreProvider>');
  return store;
}

export function useAtlas<T>(selector: (s: AtlasState) => T): T {
  return useStore(useAtlasStore(), selector);
}
