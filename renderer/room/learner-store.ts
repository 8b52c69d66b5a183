/**
 * The learner page's store: the kinds' part the exercise screens read (answers, scorings, the
 * workshop, navigation) and the learner's place in the room, the session and the connection.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Result } from '../../shared/api/errors';
import type { LearnerEvent, LearnerState, Lobby } from '../../shared/room/learner-api';
import type { LearnerSession } from '../../shared/room/learner-view';
import { normaliseRoomCode } from '../../shared/room/room-code';
import type { Participant } from '../../shared/schemas/workshop';
import type { KindStore } from '../kinds/kind-store';
import { answerKeyId, createAnswersSlice } from '../store/slices/answers-slice';
import { createNoticeSlice, type NoticeSlice } from '../store/slices/notice-slice';
import { createScoringsSlice } from '../store/slices/scorings-slice';
import type { LearnerStorage } from './learner-storage';
import type { RoomClient } from './room-client';

/** Where the learner is: finding the room, choosing their name, in the session, or shut out. */
export type Phase = 'starting' | 'joining' | 'in';

export interface LearnerSlice {
  phase: Phase;
  /** The room code typed or scanned. */
  code: string;
  lobby: Lobby | null;
  /** Why the last attempt to find the room or join it failed. */
  joinError: string | null;
  /** Why the learner was sent back to joining (the room closed), shown there. */
  endedBecause: string | null;
  workshop: LearnerState['workshop'] | null;
  me: Participant | null;
  session: LearnerSession | null;
  /** How far this device's clock is ahead of the laptop's: timers count on the laptop's. */
  clockOffsetMs: number;
  /** Whether the event stream is connected now. */
  connected: boolean;
  /** The step the learner looks at when the room is self-paced; null follows the trainer. */
  ownStep: number | null;

  start(code: string | null): Promise<void>;
  findRoom(code: string): Promise<void>;
  join(choice: { participantId: string } | { name: string }): Promise<void>;
  receive(event: LearnerEvent): void;
  setConnected(connected: boolean): void;
  /** The token was refused: back to joining, with the code kept. */
  shutOut(reason: string): void;
  goToStep(index: number | null): void;
  addAccount(name: string): Promise<Result<Participant>>;
}

export type LearnerStore = KindStore & NoticeSlice & LearnerSlice;

const ROOM_CLOSED = 'The trainer closed the room. When it opens again, join with its new code.';

/** The step shown: the learner's own when self-paced, else the trainer's. */
export function shownStep(s: Pick<LearnerStore, 'session' | 'ownStep'>): number {
  const session = s.session;
  if (!session) return 0;
  const index =
    session.selfPaced && s.ownStep !== null ? s.ownStep : session.facilitation.stepIndex;
  return Math.min(Math.max(0, index), session.steps.length - 1);
}

export function createLearnerStore(
  client: RoomClient,
  storage: LearnerStorage,
): StoreApi<LearnerStore> {
  let stopListening: (() => void) | null = null;

  return createStore<LearnerStore>()((set, get) => {
    const tools = { set, get, api: client.api };

    const take = (state: LearnerState) => {
      set({
        phase: 'in',
        workshop: state.workshop,
        me: state.me,
        current: { workshop: state.workshop, participants: [state.me] },
        session: state.session,
        clockOffsetMs: Date.now() - state.session.serverNow,
        joinError: null,
        endedBecause: null,
      });
      // Answers typed here while the laptop could not be reached are sent again now.
      for (const { key, payload } of storage.unsent()) {
        if (key.participantId === state.me.id) get().editAnswer(key, payload);
      }
      stopListening?.();
      stopListening = client.listen((event) => get().receive(event));
    };

    return {
      ...createAnswersSlice(tools),
      ...createScoringsSlice(tools),
      ...createNoticeSlice(tools),
      current: null,
      navigate(route) {
        // A screen's link to another exercise (C's "your A list") moves a self-paced learner there.
        if (route.name !== 'exercise') return;
        const index = get().session?.steps.findIndex((step) => step.exercise === route.letter);
        if (get().session?.selfPaced && index !== undefined && index >= 0) get().goToStep(index);
        else get().announce(`Exercise ${route.letter} comes when the trainer gets there.`);
      },

      phase: 'starting',
      code: '',
      lobby: null,
      joinError: null,
      endedBecause: null,
      workshop: null,
      me: null,
      session: null,
      clockOffsetMs: 0,
      connected: false,
      ownStep: null,

      async start(code) {
        const place = storage.place();
        const typed = code ? normaliseRoomCode(code) : null;
        // A code scanned anew for another room wins over the place kept from the last one.
        if (place && (!typed || typed === place.code)) {
          set({ code: place.code });
          const state = await client.command('learner:state', {});
          if (state.ok) return take(state.value);
          if (state.error.code === 'unavailable') {
            set({ phase: 'joining', joinError: state.error.message });
            return;
          }
          storage.keepPlace(null);
        }
        set({ phase: 'joining' });
        if (typed ?? place?.code) await get().findRoom(typed ?? place?.code ?? '');
      },

      async findRoom(code) {
        const normal = normaliseRoomCode(code);
        set({ code: normal, joinError: null });
        const lobby = await client.lobby(normal);
        if (lobby.ok) set({ lobby: lobby.value });
        else set({ lobby: null, joinError: lobby.error.message });
      },

      async join(choice) {
        const code = get().code;
        const joined = await client.join({ code, ...choice });
        if (!joined.ok) {
          set({ joinError: joined.error.message });
          return;
        }
        storage.keepPlace({ ...joined.value, code });
        const state = await client.command('learner:state', {});
        if (state.ok) take(state.value);
        else set({ joinError: state.error.message });
      },

      receive(event) {
        switch (event.type) {
          case 'session':
            set({
              session: event.session,
              clockOffsetMs: Date.now() - event.session.serverNow,
              ...(event.session.selfPaced ? {} : { ownStep: null }),
            });
            return;
          case 'me': {
            const workshop = get().workshop;
            set({
              me: event.me,
              current: workshop ? { workshop, participants: [event.me] } : null,
            });
            return;
          }
          case 'answer-saved': {
            // Saved on another device (or by the trainer): shown here unless mid-edit.
            const me = get().me;
            if (!me) return;
            const key = {
              participantId: me.id,
              exercise: event.exercise,
              accountId: event.accountId,
            };
            const draft = get().answers.get(answerKeyId(key));
            if (draft && draft.status === 'saved' && draft.revision < event.revision)
              void get().loadAnswer(key);
            return;
          }
          case 'scorings-changed':
            if (get().scorings.has(event.accountId)) void get().loadScorings(event.accountId);
            return;
          case 'closed':
            get().shutOut(ROOM_CLOSED);
            return;
        }
      },

      setConnected(connected) {
        set({ connected });
        if (!connected) return;
        // Back online: what waited on the device goes now, not at the next retry.
        for (const draft of get().answers.values())
          if (draft.status === 'error') get().retrySave(draft.key);
      },

      shutOut(reason) {
        stopListening?.();
        stopListening = null;
        storage.keepPlace(null);
        set({ phase: 'joining', endedBecause: reason, connected: false, lobby: null });
      },

      goToStep(index) {
        set({ ownStep: index });
      },

      async addAccount(name) {
        const result = await client.command('learner:add-account', { name });
        if (!result.ok) return result;
        const workshop = get().workshop;
        set({
          me: result.value,
          current: workshop ? { workshop, participants: [result.value] } : null,
        });
        return result;
      },
    };
  });
}

/** Keeps answers not yet confirmed on the device, so a reload or a dead battery loses none. */
export function keepUnsentAnswers(store: StoreApi<LearnerStore>, storage: LearnerStorage) {
  return store.subscribe((state, before) => {
    if (state.answers === before.answers) return;
    const unsent = [...state.answers.values()]
      .filter((draft) => draft.status !== 'saved' && draft.status !== 'loading')
      .map((draft) => ({ key: draft.key, payload: draft.payload }));
    storage.keepUnsent(unsent);
  });
}
