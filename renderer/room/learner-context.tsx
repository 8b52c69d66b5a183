import { createContext, useContext, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';
import { KindStoreProvider } from '../kinds/kind-store';
import type { LearnerStore } from './learner-store';

const LearnerContext = createContext<StoreApi<LearnerStore> | null>(null);

/** The learner's store for the page, and its kinds' part for the exercise screens. */
export function LearnerStoreProvider({
  store,
  children,
}: {
  store: StoreApi<LearnerStore>;
  children: ReactNode;
}) {
  return (
    <LearnerContext.Provider value={store}>
      <KindStoreProvider store={store}>{children}</KindStoreProvider>
    </LearnerContext.Provider>
  );
}

export function useLearnerStore<T>(selector: (state: LearnerStore) => T): T {
  const store = useContext(LearnerContext);
  if (!store) throw new Error('useLearnerStore needs a <LearnerStoreProvider> above it');
  return useStore(store, selector);
}
