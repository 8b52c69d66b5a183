import type { ContactMapAnswer } from '../../shared/kinds/contact-map';

/** The maps before and after the present one; the present is the answer itself. */
export interface MapHistory {
  past: readonly ContactMapAnswer[];
  future: readonly ContactMapAnswer[];
}

/** How many changes can be undone: plenty for a 10-minute exercise, bounded in memory. */
export const HISTORY_LIMIT = 200;

/** An empty history. */
export const emptyHistory: MapHistory = { past: [], future: [] };

/** Records a change from `present` to a new map: it can be undone, and nothing is left to redo. */
export function recordChange(history: MapHistory, present: ContactMapAnswer): MapHistory {
  return { past: [...history.past, present].slice(-HISTORY_LIMIT), future: [] };
}

/** Steps back: the map to show, and the history after it; null when there is nothing to undo. */
export function undoChange(
  history: MapHistory,
  present: ContactMapAnswer,
): { map: ContactMapAnswer; history: MapHistory } | null {
  const map = history.past.at(-1);
  if (!map) return null;
  return {
    map,
    history: { past: history.past.slice(0, -1), future: [present, ...history.future] },
  };
}

/** Steps forward again after an undo; null when there is nothing to redo. */
export function redoChange(
  history: MapHistory,
  present: ContactMapAnswer,
): { map: ContactMapAnswer; history: MapHistory } | null {
  const [map, ...future] = history.future;
  if (!map) return null;
  return { map, history: { past: [...history.past, present], future } };
}
