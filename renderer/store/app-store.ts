import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../api/api-client';
import { createAnswersSlice, type AnswersSlice } from './slices/answers-slice';
import { createBackupsSlice, type BackupsSlice } from './slices/backups-slice';
import { createContentSlice, type ContentSlice } from './slices/content-slice';
import {
  createCurrentWorkshopSlice,
  type CurrentWorkshopSlice,
} from './slices/current-workshop-slice';
import { createExportsSlice, type ExportsSlice } from './slices/exports-slice';
import { createFacilitationSlice, type FacilitationSlice } from './slices/facilitation-slice';
import { createNoticeSlice, type NoticeSlice } from './slices/notice-slice';
import { createRoomSlice, type RoomSlice } from './slices/room-slice';
import { createPlansSlice, type PlansSlice } from './slices/plans-slice';
import { createRouteSlice, type RouteSlice } from './slices/route-slice';
import { createScoringsSlice, type ScoringsSlice } from './slices/scorings-slice';
import { createSyncSlice, type SyncSlice } from './slices/sync-slice';
import { createTemplatesSlice, type TemplatesSlice } from './slices/templates-slice';
import { createWorkshopFileSlice, type WorkshopFileSlice } from './slices/workshop-file-slice';
import { createWorkshopsSlice, type WorkshopsSlice } from './slices/workshops-slice';

/** The whole store: every slice's state and actions. */
export type AppStore = WorkshopsSlice &
  CurrentWorkshopSlice &
  RouteSlice &
  NoticeSlice &
  AnswersSlice &
  FacilitationSlice &
  ScoringsSlice &
  WorkshopFileSlice &
  BackupsSlice &
  ExportsSlice &
  ContentSlice &
  RoomSlice &
  TemplatesSlice &
  PlansSlice &
  SyncSlice;

/** Builds the app's one store over an api client; `initial` lets tests start anywhere. */
export function createAppStore(api: ApiClient, initial?: Partial<AppStore>): StoreApi<AppStore> {
  return createStore<AppStore>()((set, get) => {
    const tools = { set, get, api };
    return {
      ...createWorkshopsSlice(tools),
      ...createCurrentWorkshopSlice(tools),
      ...createRouteSlice(tools),
      ...createNoticeSlice(tools),
      ...createAnswersSlice(tools),
      ...createFacilitationSlice(tools),
      ...createScoringsSlice(tools),
      ...createWorkshopFileSlice(tools),
      ...createBackupsSlice(tools),
      ...createExportsSlice(tools),
      ...createContentSlice(tools),
      ...createRoomSlice(tools),
      ...createTemplatesSlice(tools),
      ...createPlansSlice(tools),
      ...createSyncSlice(tools),
      ...initial,
    };
  });
}

/** Wires the store to the world: server events and the browser's back/forward. */
export function connectAppStore(store: StoreApi<AppStore>, api: ApiClient): () => void {
  const unsubscribe = api.subscribe((event) => store.getState().handleServerEvent(event));
  const onPopState = () => store.getState().syncRoute();
  // Closing or reloading the window must not lose an answer still waiting to be saved.
  const onPageHide = () => {
    void store.getState().flushAnswers();
    void store.getState().flushContent();
    void store.getState().flushPlanParts();
  };
  window.addEventListener('popstate', onPopState);
  window.addEventListener('pagehide', onPageHide);
  store.getState().syncRoute();
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener('pagehide', onPageHide);
  };
}
