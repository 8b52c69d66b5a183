import type { ApiError, Result } from '../../../shared/api/errors';
import type { Workshop, WorkshopFields, WorkshopSummary } from '../../../shared/schemas/workshop';
import type { CurrentWorkshopState } from './current-workshop-slice';
import type { NoticeActions } from './notice-slice';
import { report } from './report';
import type { RouteActions } from './route-slice';
import type { LoadStatus, Slice } from './slice';

/** The home screen's list of workshops. */
export interface WorkshopsState {
  workshops: WorkshopSummary[];
  workshopsStatus: LoadStatus;
  workshopsError: ApiError | null;
}

export interface WorkshopsActions {
  /** Fetches the list; `quiet` keeps what is shown while refreshing after an event. */
  loadWorkshops(options?: { quiet?: boolean }): Promise<void>;
  /** Creates a workshop, with the course as written or a template's content. */
  createWorkshop(fields: WorkshopFields & { templateId?: string }): Promise<Result<Workshop>>;
  renameWorkshop(id: string, title: string): Promise<Result<Workshop>>;
  deleteWorkshop(id: string): Promise<Result<{ id: string }>>;
}

export type WorkshopsSlice = WorkshopsState & WorkshopsActions;

/** The list of workshops on the home screen and what can be done to them. */
export const createWorkshopsSlice: Slice<
  WorkshopsSlice,
  CurrentWorkshopState & NoticeActions & RouteActions
> = ({ set, get, api }) => {
  // Answers can arrive out of order when events come quickly; only the last one counts.
  let lastRequest = 0;

  return {
    workshops: [],
    workshopsStatus: 'idle',
    workshopsError: null,

    async loadWorkshops(options) {
      const request = ++lastRequest;
      if (!options?.quiet) set({ workshopsStatus: 'loading', workshopsError: null });
      const result = await api.call('workshops:list', {});
      if (request !== lastRequest) return;
      if (result.ok)
        set({ workshops: result.value, workshopsStatus: 'ready', workshopsError: null });
      else if (!options?.quiet || get().workshopsStatus !== 'ready') {
        set({ workshopsStatus: 'error', workshopsError: result.error });
      }
    },

    async createWorkshop(fields) {
      const result = await api.call('workshops:create', fields);
      if (result.ok) {
        void get().loadWorkshops({ quiet: true });
        get().navigate({ name: 'workshop', id: result.value.id });
      }
      // Validation errors are shown next to the form's fields; only others go to the live region.
      if (!result.ok && result.error.code === 'validation') return result;
      return report(get, result, (w) => `Workshop “${w.title}” created`);
    },

    async renameWorkshop(id, title) {
      const result = await api.call('workshops:rename', { id, title });
      if (result.ok) {
        const renamed = result.value;
        set({
          workshops: get().workshops.map((w) => (w.id === id ? { ...w, ...renamed } : w)),
        });
        const current = get().current;
        if (current?.workshop.id === id) set({ current: { ...current, workshop: renamed } });
      }
      return report(get, result, (w) => `Workshop renamed to “${w.title}”`);
    },

    async deleteWorkshop(id) {
      const title = get().workshops.find((w) => w.id === id)?.title ?? 'Workshop';
      const result = await api.call('workshops:delete', { id });
      if (result.ok) set({ workshops: get().workshops.filter((w) => w.id !== id) });
      return report(get, result, `Workshop “${title}” deleted`);
    },
  };
};
