import type { AnswerKey } from '../../../shared/api/commands/answers';
import { createSavedDrafts, type Draft } from './saved-drafts';
import type { Slice } from './slice';

export { RETRY_DELAYS_MS, SAVE_DELAY_MS, type SaveStatus } from './saved-drafts';

/** An answer as typed, and where its saving stands. */
export type AnswerDraft = Draft<AnswerKey>;

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

/** The store key of an answer. */
export function answerKeyId(key: AnswerKey): string {
  return `${key.participantId}|${key.exercise}|${key.accountId ?? ''}`;
}

/** Answers as typed: loaded once, saved after a pause in typing, retried when a save fails. */
export const createAnswersSlice: Slice<AnswersSlice> = ({ set, get, api }) => {
  const drafts = createSavedDrafts<AnswerKey>({
    idOf: answerKeyId,
    drafts: () => get().answers,
    setDrafts: (answers) => set({ answers }),
    fetch: (key) => api.call('answers:get', key),
    send: (key, payload) => api.call('answers:save', { ...key, payload }),
  });
  return {
    answers: new Map(),
    loadAnswer: drafts.load,
    editAnswer: drafts.edit,
    retrySave: drafts.retry,
    flushAnswers: drafts.flush,
  };
};
