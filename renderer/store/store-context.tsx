import { createContext, useContext, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';
import { KindStoreProvider } from '../kinds/kind-store';
import type { AppStore } from './app-store';

const StoreContext = createContext<StoreApi<AppStore> | null>(null);

/** Makes a store (the app's, or a test's) available to every component below. */
export function AppStoreProvider({
  store,
  children,
}: {
  store: StoreApi<AppStore>;
  children: ReactNode;
}) {
  return (
    <StoreContext.Provider value={store}>
      <KindStoreProvider store={store}>{children}</KindStoreProvider>
    </StoreContext.Provider>
  );
}

/** Reads from the app store through a selector; wrap multi-field selectors in useShallow. */
export function useAppStore<T>(selector: (state: AppStore) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs an <AppStoreProvider> above it');
  return useStore(store, selector);
}

/** The store itself, for code that reads the state when an event arrives rather than on render. */
export function useAppStoreApi(): StoreApi<AppStore> {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStoreApi needs an <AppStoreProvider> above it');
  return store;
}
