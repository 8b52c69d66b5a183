import { MAX_TOTAL } from '../../shared/domain/stage';
import type { StateCreator } from 'zustand/vanilla';
import type { StageScoring } from '../../shared/api/commands/stage-scorings';
import type { Result } from '../../shared/api/errors';
import type { StatementScore } from '../../shared/domain/stage';
import type { ApiClient } from '../api/api-client';
import { report } from './report';
import type { AppStore } from './types';

export interface ScoringsState {
  /** Each account's saved stage scorings, newest first, once loaded. */
  scorings: Record<string, StageScoring[]>;
}

export interface ScoringsActions {
  loadScorings(accountId: string): Promise<void>;
  saveScoring(accountId: string, scores: StatementScore[]): Promise<Result<StageScoring>>;
  deleteScoring(accountId: string, id: string): Promise<Result<{ id: string }>>;
}

export function createScoringsSlice(
  api: ApiClient,
): StateCreator<AppStore, [], [], ScoringsState & ScoringsActions> {
  return (set, get) => ({
    scorings: {},

    async loadScorings(accountId) {
      const result = await api.call('scorings:list', { accountId });
      if (result.ok) set({ scorings: { ...get().scorings, [accountId]: result.value } });
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
}
