/**
 * The part of the store an answer kind's screen reads: answers, stage scorings, the workshop
 * shown and navigation. The app's store has all of it; the room's learner page builds a small
 * store of just this, so the same screens run on learners' devices.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { AnswersSlice } from '../store/slices/answers-slice';
import type { CurrentWorkshopState } from '../store/slices/current-workshop-slice';
import type { RouteActions } from '../store/slices/route-slice';
import type { ScoringsSlice } from '../store/slices/scorings-slice';

export type KindStore = AnswersSlice &
  ScoringsSlice &
  Pick<RouteActions, 'navigate'> &
  Pick<CurrentWorkshopState, 'current'>;

/** Read-only: a screen reads and calls actions, never sets the store itself. */
type KindStoreApi = Pick<StoreApi<KindStore>, 'getState' | 'getInitialState' | 'subscribe'>;

const KindStoreContext = createContext<KindStoreApi | null>(null);

/** Makes a store with the kinds' part available to the screens below. */
export function KindStoreProvider({
  store,
  children,
}: {
  store: KindStoreApi;
  children: ReactNode;
}) {
  return <KindStoreContext.Provider value={store}>{children}</KindStoreContext.Provider>;
}

/** Reads the kinds' part of the store through a selector; wrap multi-field ones in useShallow. */
export function useKindStore<T>(selector: (state: KindStore) => T): T {
  const store = useContext(KindStoreContext);
  if (!store) throw new Error('useKindStore needs a <KindStoreProvider> above it');
  return useStore(store, selector);
}
