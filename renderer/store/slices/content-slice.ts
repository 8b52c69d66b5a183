import type { z } from 'zod';
import type { Result } from '../../../shared/api/errors';
import { formatIssuePath } from '../../../shared/api/errors';
import { ContentChanges } from '../../../shared/content/content-changes';
import { resolveContent, type WorkshopContent } from '../../../shared/content/resolve-content';
import type { NoticeActions } from './notice-slice';
import { withEntry, type Slice } from './slice';

/** Where the trainer's edits to a workshop's content stand: the editor's "Saved" shows this. */
export type ContentSaveStatus = 'saved' | 'unsaved' | 'saving' | 'error' | 'invalid';

/** A workshop's content as loaded and as being edited. */
export interface LoadedContent {
  /** The changes the screens show: the last ones that could be saved. */
  changes: ContentChanges;
  /** The course with those changes applied. */
  content: WorkshopContent;
  /** The changes as the trainer is typing them (may be invalid for a moment: an empty line). */
  draft: ContentChanges;
  status: ContentSaveStatus;
  /** What is wrong with the draft or why the save failed, and where in the changes. */
  error: { message: string; path: string } | null;
}

export interface ContentState {
  /** Each open workshop's own version of the module, by workshop id, once loaded. */
  content: ReadonlyMap<string, LoadedContent>;
}

export interface ContentActions {
  loadContent(workshopId: string): Promise<void>;
  /** Records the trainer's edit now and saves it shortly after typing pauses, if it is valid. */
  editContent(workshopId: string, changes: ContentChanges): void;
  /** Saves a workshop's changes now; the screens show them at once and the host confirms. */
  updateContent(workshopId: string, changes: ContentChanges): Promise<Result<ContentChanges>>;
  /** Saves every pending edit at once (leaving the editor, closing the window). */
  flushContent(): Promise<void>;
}

export type ContentSlice = ContentState & ContentActions;

/** Typing pauses this long before the content is saved, as answers are. */
export const CONTENT_SAVE_DELAY_MS = 400;

/** A problem with the edits in the trainer's words: the schema's own words read as code. */
function problemOf(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'This cannot be saved';
  if (issue.code === 'too_small' && issue.origin === 'string')
    return 'Write something here, or remove the line';
  if (issue.code === 'too_big' && issue.origin === 'string')
    return `Keep it under ${String(issue.maximum)} characters`;
  return issue.message;
}

const loaded = (changes: ContentChanges): LoadedContent => ({
  changes,
  content: resolveContent(changes),
  draft: changes,
  status: 'saved',
  error: null,
});

/** The workshop's content: what every screen of a workshop reads its exercises and steps from. */
export const createContentSlice: Slice<ContentSlice, NoticeActions> = ({ set, get, api }) => {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const inFlight = new Map<string, Promise<unknown>>();
  // Each edit gets a number, so a reply to an older save never marks newer text as saved.
  const editSequence = new Map<string, number>();

  const put = (workshopId: string, entry: LoadedContent) =>
    set({ content: withEntry(get().content, workshopId, entry) });

  async function save(workshopId: string): Promise<void> {
    clearTimeout(timers.get(workshopId));
    timers.delete(workshopId);
    await inFlight.get(workshopId);
    const entry = get().content.get(workshopId);
    if (!entry || (entry.status !== 'unsaved' && entry.status !== 'error')) return;
    await get().updateContent(workshopId, entry.draft);
  }

  return {
    content: new Map(),

    async loadContent(workshopId) {
      const result = await api.call('content:get', { workshopId });
      // Never replace what the trainer is typing with what the host had.
      const now = get().content.get(workshopId);
      if (now && now.status !== 'saved') return;
      if (result.ok) put(workshopId, loaded(result.value));
      else get().announce(result.error.message, 'error');
    },

    editContent(workshopId, draft) {
      const before = get().content.get(workshopId) ?? loaded(draft);
      editSequence.set(workshopId, (editSequence.get(workshopId) ?? 0) + 1);
      clearTimeout(timers.get(workshopId));
      const parsed = ContentChanges.safeParse(draft);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        put(workshopId, {
          ...before,
          draft,
          status: 'invalid',
          error: { message: problemOf(issue), path: formatIssuePath(issue?.path ?? []) },
        });
        return;
      }
      put(workshopId, {
        ...before,
        changes: parsed.data,
        content: resolveContent(parsed.data),
        draft,
        status: 'unsaved',
        error: null,
      });
      timers.set(
        workshopId,
        setTimeout(() => void save(workshopId), CONTENT_SAVE_DELAY_MS),
      );
    },

    async updateContent(workshopId, changes) {
      const before = get().content.get(workshopId);
      const sequence = editSequence.get(workshopId) ?? 0;
      const showing = { ...(before ?? loaded(changes)), changes, content: resolveContent(changes) };
      put(workshopId, { ...showing, status: 'saving', error: null });
      const sending = api.call('content:update', { workshopId, changes });
      inFlight.set(workshopId, sending);
      const result = await sending;
      inFlight.delete(workshopId);
      const now = get().content.get(workshopId);
      // A newer edit is on its way: its own save decides what the editor says.
      if (!now || (editSequence.get(workshopId) ?? 0) !== sequence) return result;
      if (result.ok) {
        put(workshopId, { ...now, status: 'saved', error: null });
        return result;
      }
      const error = { message: result.error.message, path: result.error.path ?? '' };
      // What the host refuses is taken back on the screens; the editor keeps the text to fix.
      if (result.error.code === 'validation' && before) {
        put(workshopId, {
          ...now,
          changes: before.changes,
          content: before.content,
          status: 'invalid',
          error,
        });
      } else {
        put(workshopId, { ...now, status: 'error', error });
      }
      get().announce(result.error.message, 'error');
      return result;
    },

    async flushContent() {
      const pending = [...get().content]
        .filter(([, entry]) => entry.status === 'unsaved' || entry.status === 'error')
        .map(([workshopId]) => save(workshopId));
      await Promise.all([...pending, ...inFlight.values()]);
    },
  };
};
