import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../api/api-client';
import { answerKeyId, createAnswersSlice } from './answers-slice';
import { createCurrentWorkshopSlice } from './current-workshop-slice';
import { createFacilitationSlice } from './facilitation-slice';
import { createScoringsSlice } from './scorings-slice';
import { createNoticeSlice } from './notice-slice';
import { createRouteSlice } from './route-slice';
import type { AppState, AppStore } from './types';
import { createWorkshopsSlice } from './workshops-slice';
import { createBackupsSlice } from '../backups/backups-slice';
import { createImportSlice } from '../workshop-file/import-slice';

/** Builds the app's one store over an api client; `initial` lets tests start anywhere. */
export function createAppStore(api: ApiClient, initial?: Partial<AppState>): StoreApi<AppStore> {
  return createStore<AppStore>()((set, get, store) => ({
    ...createWorkshopsSlice(api)(set, get, store),
    ...createCurrentWorkshopSlice(api)(set, get, store),
    ...createRouteSlice(set, get, store),
    ...createNoticeSlice(set, get, store),
    ...createAnswersSlice(api)(set, get, store),
    ...createFacilitationSlice(api)(set, get, store),
    ...createScoringsSlice(api)(set, get, store),
    ...createImportSlice(api)(set, get, store),
    ...createBackupsSlice(api)(set, get, store),

    handleServerEvent(event) {
      if (event.type === 'facilitation-changed') {
        get().receiveFacilitation(event.workshopId, event.state);
        return;
      }
      if (event.type === 'answer-saved') {
        // Another window saved this answer: show it here unless this window is mid-edit.
        const draft = get().answers[answerKeyId(event)];
        if (draft && draft.status === 'saved' && draft.revision < event.revision)
          void get().loadAnswer(draft.key);
        return;
      }
      if (event.type === 'scorings-changed') {
        if (get().scorings[event.accountId]) void get().loadScorings(event.accountId);
        return;
      }
      const { route, workshopsStatus, currentId } = get();
      // Counts on the home screen change with any workshop's people, so refresh the list too.
      if (route.name === 'home' || workshopsStatus !== 'idle')
        void get().loadWorkshops({ quiet: true });
      const touchesOpen = event.type === 'workshops-changed' || event.workshopId === currentId;
      const inSession =
        route.name === 'present' || route.name === 'console' || route.name === 'session';
      const showsWorkshop = route.name === 'workshop' || route.name === 'exercise' || inSession;
      if (showsWorkshop && currentId && touchesOpen) {
        void get().loadCurrent(currentId, { quiet: true });
        // After a reconnection (heard as workshops-changed) a missed step change is caught up.
        if (inSession && event.type === 'workshops-changed') void get().loadFacilitation(currentId);
      }
    },
    ...initial,
  }));
}

/** Wires the store to the world: server events and the browser's back/forward. */
export function connectAppStore(store: StoreApi<AppStore>, api: ApiClient): () => void {
  const unsubscribe = api.subscribe((event) => store.getState().handleServerEvent(event));
  const onPopState = () => store.getState().syncRoute();
  // Closing or reloading the window must not lose an answer still waiting to be saved.
  const onPageHide = () => void store.getState().flushAnswers();
  window.addEventListener('popstate', onPopState);
  window.addEventListener('pagehide', onPageHide);
  store.getState().syncRoute();
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener('pagehide', onPageHide);
  };
}
