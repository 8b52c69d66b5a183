import type { StageScoring } from '../../../shared/api/commands/stage-scorings';
import type { Result } from '../../../shared/api/errors';
import { MAX_TOTAL, type StatementScore } from '../../../shared/domain/stage';
import type { ScoringView } from '../../../shared/kinds/stage-scores';
import type { NoticeActions } from './notice-slice';
import { report } from './report';
import { withEntry, type Slice } from './slice';

export interface ScoringsState {
  /** Each account's saved stage scorings by account id, newest first, once loaded. */
  scorings: ReadonlyMap<string, StageScoring[]>;
}

export interface ScoringsActions {
  loadScorings(accountId: string): Promise<void>;
  /** Keeps a complete scoring with its date: our own view unless another is given. */
  saveScoring(
    accountId: string,
    scores: StatementScore[],
    view?: ScoringView,
  ): Promise<Result<StageScoring>>;
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

  async saveScoring(accountId, scores, view = 'own') {
    const result = await api.call('scorings:save', { accountId, scores, view });
    if (result.ok) await get().loadScorings(accountId);
    return report(
      get,
      result,
      (s) =>
        `${view === 'own' ? 'Scoring' : 'The customer’s view'} saved: ${s.total} of ${MAX_TOTAL}`,
    );
  },

  async deleteScoring(accountId, id) {
    const result = await api.call('scorings:delete', { id });
    if (result.ok) await get().loadScorings(accountId);
    return report(get, result, 'Scoring removed');
  },
});
