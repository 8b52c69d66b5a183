import type { TimerAction } from '../../../shared/api/commands/facilitation';
import type { Result } from '../../../shared/api/errors';
import type { SessionMove } from '../../../shared/domain/session';
import type { ExerciseLetter } from '../../../shared/exercises/letters';
import type { FacilitationPatch, FacilitationState } from '../../../shared/schemas/facilitation';
import type { NoticeActions } from './notice-slice';
import { withEntry, type Slice } from './slice';

export interface FacilitationSliceState {
  /** Each open workshop's step, timers and reveals by workshop id, as the host last told us. */
  facilitation: ReadonlyMap<string, FacilitationState>;
}

export interface FacilitationActions {
  loadFacilitation(workshopId: string): Promise<void>;
  timerAction(workshopId: string, exercise: ExerciseLetter, action: TimerAction): Promise<void>;
  setRevealed(workshopId: string, exercise: ExerciseLetter, revealed: boolean): Promise<void>;
  /** Moves through the steps; the host applies it, so quick presses all count. */
  moveStep(workshopId: string, move: SessionMove): Promise<void>;
  updateFacilitation(workshopId: string, patch: FacilitationPatch): Promise<void>;
  /** Takes a state from the host, unless it is older than the one shown: every window shows the same. */
  receiveFacilitation(workshopId: string, state: FacilitationState): void;
}

export type FacilitationSlice = FacilitationSliceState & FacilitationActions;

/** The classroom session's shared state: steps, timers and reveals, kept in step with the host. */
export const createFacilitationSlice: Slice<FacilitationSlice, NoticeActions> = ({
  set,
  get,
  api,
}) => {
  const take = (workshopId: string, result: Result<FacilitationState>) => {
    if (result.ok) get().receiveFacilitation(workshopId, result.value);
    else get().announce(result.error.message, 'error');
  };

  return {
    facilitation: new Map(),

    async loadFacilitation(workshopId) {
      const result = await api.call('facilitation:get', { workshopId });
      // A fresh read is the truth even when its revision is lower than the one held: the
      // workshop may have been deleted and imported again since, counting from its file.
      if (result.ok) set({ facilitation: withEntry(get().facilitation, workshopId, result.value) });
      else take(workshopId, result);
    },

    async timerAction(workshopId, exercise, action) {
      take(workshopId, await api.call('facilitation:timer', { workshopId, exercise, action }));
    },

    async setRevealed(workshopId, exercise, revealed) {
      take(workshopId, await api.call('facilitation:reveal', { workshopId, exercise, revealed }));
    },

    async moveStep(workshopId, move) {
      take(workshopId, await api.call('facilitation:move', { workshopId, move }));
    },

    async updateFacilitation(workshopId, patch) {
      // Switches answer the click at once; the host's reply and broadcast confirm it.
      const current = get().facilitation.get(workshopId);
      if (current) get().receiveFacilitation(workshopId, { ...current, ...patch });
      take(workshopId, await api.call('facilitation:update', { workshopId, patch }));
    },

    receiveFacilitation(workshopId, state) {
      const held = get().facilitation.get(workshopId);
      // A reply that arrives after the broadcast of a later change is old news.
      if (held && state.revision < held.revision) return;
      set({ facilitation: withEntry(get().facilitation, workshopId, state) });
    },
  };
};
