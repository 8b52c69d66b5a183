import type { ApiError, Result } from '../../../shared/api/errors';
import type { WorkshopDetail } from '../../../shared/schemas/workshop';
import type { NoticeActions } from './notice-slice';
import { report } from './report';
import type { LoadStatus, Slice } from './slice';

/** The workshop open on the workshop screen. */
export interface CurrentWorkshopState {
  currentId: string | null;
  current: WorkshopDetail | null;
  currentStatus: LoadStatus;
  currentError: ApiError | null;
}

export interface CurrentWorkshopActions {
  loadCurrent(id: string, options?: { quiet?: boolean }): Promise<void>;
  addParticipant(name: string): Promise<Result<WorkshopDetail>>;
  renameParticipant(id: string, name: string): Promise<Result<WorkshopDetail>>;
  removeParticipant(id: string): Promise<Result<WorkshopDetail>>;
  addAccount(participantId: string, name: string): Promise<Result<WorkshopDetail>>;
  renameAccount(id: string, name: string): Promise<Result<WorkshopDetail>>;
  removeAccount(id: string): Promise<Result<WorkshopDetail>>;
}

export type CurrentWorkshopSlice = CurrentWorkshopState & CurrentWorkshopActions;

/** The open workshop with its participants and their key accounts. */
export const createCurrentWorkshopSlice: Slice<CurrentWorkshopSlice, NoticeActions> = ({
  set,
  get,
  api,
}) => {
  let lastRequest = 0;

  /** Every people command answers with the fresh detail: show it if still open. */
  function apply(result: Result<WorkshopDetail>, success: string): Result<WorkshopDetail> {
    if (result.ok && result.value.workshop.id === get().currentId) {
      lastRequest++;
      set({ current: result.value, currentStatus: 'ready', currentError: null });
    }
    return report(get, result, success);
  }

  const participantName = (id: string) =>
    get().current?.participants.find((p) => p.id === id)?.name ?? 'Participant';
  const accountName = (id: string) =>
    get()
      .current?.participants.flatMap((p) => p.accounts)
      .find((a) => a.id === id)?.name ?? 'Account';

  return {
    currentId: null,
    current: null,
    currentStatus: 'idle',
    currentError: null,

    async loadCurrent(id, options) {
      const request = ++lastRequest;
      const switching = get().currentId !== id;
      if (switching) set({ currentId: id, current: null });
      if (switching || !options?.quiet) set({ currentStatus: 'loading', currentError: null });
      const result = await api.call('workshops:get', { id });
      if (request !== lastRequest || get().currentId !== id) return;
      if (result.ok) set({ current: result.value, currentStatus: 'ready', currentError: null });
      else set({ currentStatus: 'error', currentError: result.error });
    },

    async addParticipant(name) {
      const workshopId = get().currentId ?? '';
      return apply(
        await api.call('participants:add', { workshopId, name }),
        `${name.trim()} added`,
      );
    },

    async renameParticipant(id, name) {
      return apply(
        await api.call('participants:rename', { id, name }),
        `Renamed to ${name.trim()}`,
      );
    },

    async removeParticipant(id) {
      const name = participantName(id);
      return apply(await api.call('participants:remove', { id }), `${name} removed`);
    },

    async addAccount(participantId, name) {
      const result = await api.call('accounts:add', { participantId, name });
      return apply(result, `Key account ${name.trim()} added`);
    },

    async renameAccount(id, name) {
      return apply(await api.call('accounts:rename', { id, name }), `Renamed to ${name.trim()}`);
    },

    async removeAccount(id) {
      const name = accountName(id);
      return apply(await api.call('accounts:remove', { id }), `Key account ${name} removed`);
    },
  };
};
