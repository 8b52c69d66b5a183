import type { ServerEvent } from '../../../shared/api/events';
import { answerKeyId, type AnswersSlice } from './answers-slice';
import type { ContentSlice } from './content-slice';
import type { CurrentWorkshopSlice } from './current-workshop-slice';
import type { FacilitationActions } from './facilitation-slice';
import type { RoomSlice } from './room-slice';
import { planPartKeyId, type PlansSlice } from './plans-slice';
import type { RouteEntering, RouteState } from './route-slice';
import type { ScoringsSlice } from './scorings-slice';
import type { Slice } from './slice';
import type { TemplatesSlice } from './templates-slice';
import type { WorkshopsSlice } from './workshops-slice';

/** Reactions that span slices: what a screen loads, and what a server event changes. */
export interface SyncActions extends RouteEntering {
  handleServerEvent(event: ServerEvent): void;
}

export type SyncSlice = SyncActions;

/** Keeps what the window shows in step with the route it is on and with the host's events. */
export const createSyncSlice: Slice<
  SyncSlice,
  AnswersSlice &
    ContentSlice &
    CurrentWorkshopSlice &
    FacilitationActions &
    RoomSlice &
    PlansSlice &
    RouteState &
    ScoringsSlice &
    TemplatesSlice &
    WorkshopsSlice
> = ({ get }) => ({
  enterRoute(route) {
    // Leaving a screen must not lose what was typed on it.
    void get().flushAnswers();
    void get().flushPlanParts();
    void get().flushContent();
    if (route.name === 'workshop') void get().loadCurrent(route.id);
    else if (route.name === 'plan' || route.name === 'content') {
      if (get().currentId !== route.workshopId || !get().current)
        void get().loadCurrent(route.workshopId);
    } else if (route.name === 'exercise') {
      if (get().currentId !== route.workshopId || !get().current)
        void get().loadCurrent(route.workshopId);
      void get().loadFacilitation(route.workshopId);
    } else if (route.name === 'present' || route.name === 'console' || route.name === 'session') {
      // A presenter that reloads comes back on the current step: it asks the host where things stand.
      if (get().currentId !== route.workshopId || !get().current)
        void get().loadCurrent(route.workshopId);
      void get().loadFacilitation(route.workshopId);
      void get().loadRoom(route.workshopId);
    } else if (route.name === 'home')
      void get().loadWorkshops({ quiet: get().workshopsStatus === 'ready' });
  },

  handleServerEvent(event) {
    if (event.type === 'facilitation-changed') {
      get().receiveFacilitation(event.workshopId, event.state);
      return;
    }
    if (event.type === 'room-changed') {
      get().receiveRoom(event.status);
      return;
    }
    if (event.type === 'answer-saved') {
      get().roomAnswersChanged(event.workshopId, event.exercise);
      // Another window saved this answer: show it here unless this window is mid-edit.
      const draft = get().answers.get(answerKeyId(event));
      if (draft && draft.status === 'saved' && draft.revision < event.revision)
        void get().loadAnswer(draft.key);
      return;
    }
    if (event.type === 'plan-saved') {
      // As for answers: another window's save shows here unless this window is mid-edit.
      const draft = get().planParts.get(planPartKeyId(event));
      if (draft && draft.status === 'saved' && draft.revision < event.revision)
        void get().loadPlanPart(draft.key);
      return;
    }
    if (event.type === 'content-changed') {
      if (get().content.has(event.workshopId)) void get().loadContent(event.workshopId);
      return;
    }
    if (event.type === 'templates-changed') {
      if (get().templatesStatus !== 'idle') void get().loadTemplates();
      return;
    }
    if (event.type === 'scorings-changed') {
      get().roomAnswersChanged(event.workshopId);
      if (get().scorings.has(event.accountId)) void get().loadScorings(event.accountId);
      return;
    }
    const { route, workshopsStatus, currentId } = get();
    // Counts on the home screen change with any workshop's people, so refresh the list too.
    if (route.name === 'home' || workshopsStatus !== 'idle')
      void get().loadWorkshops({ quiet: true });
    const touchesOpen = event.type === 'workshops-changed' || event.workshopId === currentId;
    const inSession =
      route.name === 'present' || route.name === 'console' || route.name === 'session';
    const showsWorkshop =
      route.name === 'workshop' ||
      route.name === 'exercise' ||
      route.name === 'content' ||
      route.name === 'plan' ||
      inSession;
    if (showsWorkshop && currentId && touchesOpen) {
      void get().loadCurrent(currentId, { quiet: true });
      // After a gap in the events (heard as workshops-changed) a missed step change, timer or
      // reveal is caught up, and so is an answer another window saved meanwhile.
      if ((inSession || route.name === 'exercise') && event.type === 'workshops-changed') {
        void get().loadFacilitation(currentId);
        for (const draft of get().answers.values())
          if (draft.status === 'saved') void get().loadAnswer(draft.key);
      }
    }
  },
});
