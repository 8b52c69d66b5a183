import type { ApiClient } from '../../api/api-client';

/** What a slice is made with: the store's get and set, and the app's one api client. */
export interface SliceTools<Own, Uses> {
  /** Changes part of the store: the slice's own fields, or those of a slice it names in `Uses`. */
  set(change: Partial<Own & Uses>): void;
  /** The store now: this slice and the slices it names in `Uses`. */
  get(): Own & Uses;
  api: ApiClient;
}

/**
 * Makes one slice of the app store: its state and actions. `Uses` names the other slices it
 * reads or calls, so each slice imports only what it uses and app-store.ts composes them all.
 */
export type Slice<Own, Uses = unknown> = (tools: SliceTools<Own, Uses>) => Own;

/** Where a piece of server data stands. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** A copy of a map with one entry set: the store's state changes only by replacement. */
export function withEntry<K, V>(map: ReadonlyMap<K, V>, key: K, value: V): ReadonlyMap<K, V> {
  return new Map(map).set(key, value);
}
