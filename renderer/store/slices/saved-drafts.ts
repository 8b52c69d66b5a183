import type { Result } from '../../../shared/api/errors';
import type { EnteredBy } from '../../../shared/exercises/entered-by';
import { withEntry } from './slice';

/** Where a typed draft stands: the "Saved" indicator shows this. */
export type SaveStatus = 'loading' | 'saved' | 'unsaved' | 'saving' | 'error';

/** Something typed by the user (an answer, a part of a plan) and where its saving stands. */
export interface Draft<Key> {
  key: Key;
  /** The value as last typed; null when nothing was ever saved. */
  payload: unknown;
  status: SaveStatus;
  error: string | null;
  revision: number;
  savedAt: string | null;
  /** Who saved it last, where the host records it (answers); null before then, or unrecorded. */
  enteredBy: EnteredBy | null;
}

/** What the host holds for a key, or null when nothing was saved yet. */
interface Stored {
  payload: unknown;
  revision: number;
  updatedAt: string;
  enteredBy?: EnteredBy;
}

/** Where the drafts live in the store, and how they are fetched and sent. */
export interface DraftStorage<Key> {
  idOf(key: Key): string;
  drafts(): ReadonlyMap<string, Draft<Key>>;
  setDrafts(next: ReadonlyMap<string, Draft<Key>>): void;
  fetch(key: Key): Promise<Result<Stored | null>>;
  send(key: Key, payload: unknown): Promise<Result<Omit<Stored, 'payload'>>>;
}

/** Typing pauses this long before a save: well inside the 500 ms promise. */
export const SAVE_DELAY_MS = 300;
/** Waits between automatic retries of a failed save. */
export const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000];

/**
 * Drafts saved as they are typed: loaded once, saved after a pause in typing, retried when a
 * save fails, and never overwritten by an older reply or by the host while being typed.
 */
export function createSavedDrafts<Key>(storage: DraftStorage<Key>) {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const failures = new Map<string, number>();
  // Each edit gets a number, so a reply to an older save never marks newer text as saved.
  const editSequence = new Map<string, number>();
  const inFlight = new Map<string, Promise<void>>();

  const patch = (id: string, change: Partial<Draft<Key>>) => {
    const current = storage.drafts().get(id);
    if (current) storage.setDrafts(withEntry(storage.drafts(), id, { ...current, ...change }));
  };

  const schedule = (id: string, delay: number) => {
    clearTimeout(timers.get(id));
    timers.set(
      id,
      setTimeout(() => void save(id), delay),
    );
  };

  async function save(id: string): Promise<void> {
    clearTimeout(timers.get(id));
    timers.delete(id);
    await inFlight.get(id);
    const draft = storage.drafts().get(id);
    if (!draft || (draft.status !== 'unsaved' && draft.status !== 'error')) return;
    const sequence = editSequence.get(id) ?? 0;
    patch(id, { status: 'saving' });
    const sending = storage.send(draft.key, draft.payload).then((result) => {
      const newer = (editSequence.get(id) ?? 0) !== sequence;
      if (result.ok) {
        failures.delete(id);
        patch(id, {
          status: newer ? 'unsaved' : 'saved',
          error: null,
          revision: result.value.revision,
          savedAt: result.value.updatedAt,
          enteredBy: result.value.enteredBy ?? null,
        });
        if (newer) schedule(id, SAVE_DELAY_MS);
        return;
      }
      patch(id, { status: 'error', error: result.error.message });
      // A refused draft will be refused again; anything else may pass on a retry.
      if (result.error.code === 'validation') return;
      const attempt = failures.get(id) ?? 0;
      failures.set(id, attempt + 1);
      schedule(id, RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)]!);
    });
    inFlight.set(id, sending);
    await sending;
    inFlight.delete(id);
  }

  return {
    async load(key: Key): Promise<void> {
      const id = storage.idOf(key);
      const existing = storage.drafts().get(id);
      // Never replace what the user is typing with what the server had.
      if (existing && existing.status !== 'saved' && existing.status !== 'loading') return;
      if (!existing) {
        storage.setDrafts(
          withEntry(storage.drafts(), id, {
            key,
            payload: null,
            status: 'loading',
            error: null,
            revision: 0,
            savedAt: null,
            enteredBy: null,
          }),
        );
      }
      const result = await storage.fetch(key);
      const now = storage.drafts().get(id);
      if (now && now.status !== 'saved' && now.status !== 'loading') return;
      if (result.ok) {
        patch(id, {
          payload: result.value?.payload ?? null,
          revision: result.value?.revision ?? 0,
          savedAt: result.value?.updatedAt ?? null,
          enteredBy: result.value?.enteredBy ?? null,
          status: 'saved',
          error: null,
        });
      } else {
        patch(id, { status: 'error', error: result.error.message });
      }
    },

    edit(key: Key, payload: unknown): void {
      const id = storage.idOf(key);
      editSequence.set(id, (editSequence.get(id) ?? 0) + 1);
      const existing = storage.drafts().get(id);
      storage.setDrafts(
        withEntry(storage.drafts(), id, {
          key,
          payload,
          status: 'unsaved',
          error: existing?.error ?? null,
          revision: existing?.revision ?? 0,
          savedAt: existing?.savedAt ?? null,
          enteredBy: existing?.enteredBy ?? null,
        }),
      );
      schedule(id, SAVE_DELAY_MS);
    },

    retry(key: Key): void {
      const id = storage.idOf(key);
      failures.delete(id);
      void save(id);
    },

    async flush(): Promise<void> {
      const pending = [...storage.drafts()]
        .filter(([, draft]) => draft.status === 'unsaved' || draft.status === 'error')
        .map(([id]) => save(id));
      await Promise.all([...pending, ...inFlight.values()]);
    },
  };
}
