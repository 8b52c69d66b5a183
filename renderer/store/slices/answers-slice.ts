import type { AnswerKey } from '../../../shared/api/commands/answers';
import type { EnteredBy } from '../../../shared/exercises/entered-by';
import { withEntry, type Slice } from './slice';

/** Where a typed answer stands: the "Saved" indicator shows this. */
export type SaveStatus = 'loading' | 'saved' | 'unsaved' | 'saving' | 'error';

export interface AnswerDraft {
  key: AnswerKey;
  /** The answer as last typed; null when nothing was ever saved. */
  payload: unknown;
  status: SaveStatus;
  error: string | null;
  revision: number;
  savedAt: string | null;
  /** Who saved it last, as the host recorded; null before anything was saved. */
  enteredBy: EnteredBy | null;
}

export interface AnswersState {
  /** Every answer shown or typed in this window, by answerKeyId. */
  answers: ReadonlyMap<string, AnswerDraft>;
}

export interface AnswersActions {
  loadAnswer(key: AnswerKey): Promise<void>;
  /** Records a change now and saves it shortly after typing pauses. */
  editAnswer(key: AnswerKey, payload: unknown): void;
  retrySave(key: AnswerKey): void;
  /** Saves every pending change at once (leaving a screen, closing the window). */
  flushAnswers(): Promise<void>;
}

export type AnswersSlice = AnswersState & AnswersActions;

/** Typing pauses this long before a save: well inside the 500 ms promise. */
export const SAVE_DELAY_MS = 300;
/** Waits between automatic retries of a failed save. */
export const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000];

/** The store key of an answer. */
export function answerKeyId(key: AnswerKey): string {
  return `${key.participantId}|${key.exercise}|${key.accountId ?? ''}`;
}

/** Answers as typed: loaded once, saved after a pause in typing, retried when a save fails. */
export const createAnswersSlice: Slice<AnswersSlice> = ({ set, get, api }) => {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const failures = new Map<string, number>();
  // Each edit gets a number, so a reply to an older save never marks newer text as saved.
  const editSequence = new Map<string, number>();
  const inFlight = new Map<string, Promise<void>>();

  const patch = (id: string, change: Partial<AnswerDraft>) => {
    const current = get().answers.get(id);
    if (current) set({ answers: withEntry(get().answers, id, { ...current, ...change }) });
  };

  const schedule = (id: string, delay: number) => {
    clearTimeout(timers.get(id));
    timers.set(
      id,
      setTimeout(() => void save(id), delay),
    );
  };

  async function save(id: string): Promise<void> {
    clearTimeout(timers.get(id));
    timers.delete(id);
    await inFlight.get(id);
    const draft = get().answers.get(id);
    if (!draft || (draft.status !== 'unsaved' && draft.status !== 'error')) return;
    const sequence = editSequence.get(id) ?? 0;
    patch(id, { status: 'saving' });
    const sending = api
      .call('answers:save', { ...draft.key, payload: draft.payload })
      .then((result) => {
        const newer = (editSequence.get(id) ?? 0) !== sequence;
        if (result.ok) {
          failures.delete(id);
          patch(id, {
            status: newer ? 'unsaved' : 'saved',
            error: null,
            revision: result.value.revision,
            savedAt: result.value.updatedAt,
            enteredBy: result.value.enteredBy,
          });
          if (newer) schedule(id, SAVE_DELAY_MS);
          return;
        }
        patch(id, { status: 'error', error: result.error.message });
        // A refused answer will be refused again; anything else may pass on a retry.
        if (result.error.code === 'validation') return;
        const attempt = failures.get(id) ?? 0;
        failures.set(id, attempt + 1);
        schedule(id, RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)]!);
      });
    inFlight.set(id, sending);
    await sending;
    inFlight.delete(id);
  }

  return {
    answers: new Map(),

    async loadAnswer(key) {
      const id = answerKeyId(key);
      const existing = get().answers.get(id);
      // Never replace what the user is typing with what the server had.
      if (existing && existing.status !== 'saved' && existing.status !== 'loading') return;
      if (!existing) {
        set({
          answers: withEntry(get().answers, id, {
            key,
            payload: null,
            status: 'loading',
            error: null,
            revision: 0,
            savedAt: null,
            enteredBy: null,
          }),
        });
      }
      const result = await api.call('answers:get', key);
      const now = get().answers.get(id);
      if (now && now.status !== 'saved' && now.status !== 'loading') return;
      if (result.ok) {
        patch(id, {
          payload: result.value?.payload ?? null,
          revision: result.value?.revision ?? 0,
          savedAt: result.value?.updatedAt ?? null,
          enteredBy: result.value?.enteredBy ?? null,
          status: 'saved',
          error: null,
        });
      } else {
        patch(id, { status: 'error', error: result.error.message });
      }
    },

    editAnswer(key, payload) {
      const id = answerKeyId(key);
      editSequence.set(id, (editSequence.get(id) ?? 0) + 1);
      const existing = get().answers.get(id);
      set({
        answers: withEntry(get().answers, id, {
          key,
          payload,
          status: 'unsaved',
          error: existing?.error ?? null,
          revision: existing?.revision ?? 0,
          savedAt: existing?.savedAt ?? null,
          enteredBy: existing?.enteredBy ?? null,
        }),
      });
      schedule(id, SAVE_DELAY_MS);
    },

    retrySave(key) {
      const id = answerKeyId(key);
      failures.delete(id);
      void save(id);
    },

    async flushAnswers() {
      const pending = [...get().answers]
        .filter(([, draft]) => draft.status === 'unsaved' || draft.status === 'error')
        .map(([id]) => save(id));
      await Promise.all([...pending, ...inFlight.values()]);
    },
  };
};
