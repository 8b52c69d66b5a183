/**
 * What a learner's device keeps between visits: their place in the room (so a reload or a
 * sleeping phone comes back as them) and answers not yet sent (so going offline loses nothing).
 * Read back through schemas: the device's storage is not trusted to hold what we wrote.
 */
import { z } from 'zod';
import { AnswerKey } from '../../shared/api/commands/answers';
import { Id } from '../../shared/schemas/common';

const PLACE_KEY = 'kam-room:place';
const DRAFTS_KEY = 'kam-room:unsent';

/** The learner's place: their token, who they are, and the room's code they joined with. */
export const Place = z.strictObject({ token: z.string(), participantId: Id, code: z.string() });
export type Place = z.infer<typeof Place>;

/** An answer typed on this device and not yet confirmed by the laptop. */
export const Unsent = z.strictObject({ key: AnswerKey, payload: z.unknown() });
export type Unsent = z.infer<typeof Unsent>;

/** The device's storage, or none (a private window may refuse it): then nothing is kept. */
export interface KeptStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function read<T>(storage: KeptStorage | null, key: string, schema: z.ZodType<T>): T | null {
  try {
    const text = storage?.getItem(key);
    if (!text) return null;
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function write(storage: KeptStorage | null, key: string, value: unknown): void {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or refused: the answer is still in memory and is sent when it can be.
  }
}

/** The learner's place and unsent answers on this device. */
export function learnerStorage(storage: KeptStorage | null) {
  return {
    place: () => read(storage, PLACE_KEY, Place),
    keepPlace: (place: Place | null) => write(storage, PLACE_KEY, place),
    unsent: () => read(storage, DRAFTS_KEY, z.array(Unsent)) ?? [],
    keepUnsent: (unsent: readonly Unsent[]) =>
      write(storage, DRAFTS_KEY, unsent.length > 0 ? unsent : null),
  };
}
export type LearnerStorage = ReturnType<typeof learnerStorage>;

/** The browser's localStorage, where the page may use it. */
export function deviceStorage(): KeptStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
