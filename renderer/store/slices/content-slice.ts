import type { Result } from '../../../shared/api/errors';
import type { ContentChanges } from '../../../shared/content/content-changes';
import { resolveContent, type WorkshopContent } from '../../../shared/content/resolve-content';
import type { NoticeActions } from './notice-slice';
import { withEntry, type Slice } from './slice';

/** A workshop's content as loaded: the trainer's changes, and the course with them applied. */
export interface LoadedContent {
  changes: ContentChanges;
  content: WorkshopContent;
}

export interface ContentState {
  /** Each open workshop's own version of the module, by workshop id, once loaded. */
  content: ReadonlyMap<string, LoadedContent>;
}

export interface ContentActions {
  loadContent(workshopId: string): Promise<void>;
  /** Replaces a workshop's changes; the screens show them at once and the host confirms. */
  updateContent(workshopId: string, changes: ContentChanges): Promise<Result<ContentChanges>>;
}

export type ContentSlice = ContentState & ContentActions;

const loaded = (changes: ContentChanges): LoadedContent => ({
  changes,
  content: resolveContent(changes),
});

/** The workshop's content: what every screen of a workshop reads its exercises and steps from. */
export const createContentSlice: Slice<ContentSlice, NoticeActions> = ({ set, get, api }) => ({
  content: new Map(),

  async loadContent(workshopId) {
    const result = await api.call('content:get', { workshopId });
    if (result.ok) set({ content: withEntry(get().content, workshopId, loaded(result.value)) });
    else get().announce(result.error.message, 'error');
  },

  async updateContent(workshopId, changes) {
    const before = get().content.get(workshopId);
    set({ content: withEntry(get().content, workshopId, loaded(changes)) });
    const result = await api.call('content:update', { workshopId, changes });
    if (!result.ok) {
      // What the host refused is taken back, so the screens never show what was not saved.
      if (before) set({ content: withEntry(get().content, workshopId, before) });
      get().announce(result.error.message, 'error');
    }
    return result;
  },
});
