import type { PlanPartKey } from '../../../shared/api/commands/plans';
import { createSavedDrafts, type Draft } from './saved-drafts';
import type { Slice } from './slice';

/** A part of a relationship plan as typed, and where its saving stands. */
export type PlanPartDraft = Draft<PlanPartKey>;

export interface PlansState {
  /** Every plan part shown or typed in this window, by planPartKeyId. */
  planParts: ReadonlyMap<string, PlanPartDraft>;
}

export interface PlansActions {
  loadPlanPart(key: PlanPartKey): Promise<void>;
  /** Records a change now and saves it shortly after typing pauses. */
  editPlanPart(key: PlanPartKey, payload: unknown): void;
  retryPlanPart(key: PlanPartKey): void;
  /** Saves every pending change at once (leaving a screen, closing the window). */
  flushPlanParts(): Promise<void>;
}

export type PlansSlice = PlansState & PlansActions;

/** The store key of a plan part. */
export function planPartKeyId(key: PlanPartKey): string {
  return `${key.participantId}|${key.part}|${key.accountId ?? ''}`;
}

/** Each account's relationship plan, part by part, saved as it is typed like an answer. */
export const createPlansSlice: Slice<PlansSlice> = ({ set, get, api }) => {
  const drafts = createSavedDrafts<PlanPartKey>({
    idOf: planPartKeyId,
    drafts: () => get().planParts,
    setDrafts: (planParts) => set({ planParts }),
    fetch: (key) => api.call('plans:get', key),
    send: (key, payload) => api.call('plans:save', { ...key, payload }),
  });
  return {
    planParts: new Map(),
    loadPlanPart: drafts.load,
    editPlanPart: drafts.edit,
    retryPlanPart: drafts.retry,
    flushPlanParts: drafts.flush,
  };
};
