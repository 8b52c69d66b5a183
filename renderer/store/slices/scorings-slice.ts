import type { StageScoring } from '../../../shared/api/commands/stage-scorings';
import type { Result } from '../../../shared/api/errors';
import { MAX_TOTAL, type StatementScore } from '../../../shared/domain/stage';
import type { NoticeActions } from './notice-slice';
import { report } from './report';
import { withEntry, type Slice } from './slice';

export interface ScoringsState {
  /** Each account's saved stage scorings by account id, newest first, once loaded. */
  scorings: ReadonlyMap<string, StageScoring[]>;
}

export interface ScoringsActions {
  loadScorings(accountId: string): Promise<void>;
  saveScoring(accountId: string, scores: StatementScore[]): Promise<Result<StageScoring>>;
  deleteScoring(accountId: string, id: string): Promise<Result<{ id: string }>>;
}

export type ScoringsSlice = ScoringsState & ScoringsActions;

/** An account's relationship-stage scorings over time: load, save and remove. */
export const createScoringsSlice: Slice<ScoringsSlice, NoticeActions> = ({ set, get, api }) => ({
  scorings: new Map(),

  async loadScorings(accountId) {
    const result = await api.call('scorings:list', { accountId });
    if (result.ok) set({ scorings: withEntry(get().scorings, accountId, result.value) });
    else get().announce(result.error.message, 'error');
  },

  async saveScoring(accountId, scores) {
    const result = await api.call('scorings:save', { accountId, scores });
    if (result.ok) await get().loadScorings(accountId);
    return report(get, result, (s) => `Scoring saved: ${s.total} of ${MAX_TOTAL}`);
  },

  async deleteScoring(accountId, id) {
    const result = await api.call('scorings:delete', { id });
    if (result.ok) await get().loadScorings(accountId);
    return report(get, result, 'Scoring removed');
  },
});
