import type { AnswerPayload } from '../../../shared/exercises/answer-payloads';

/** The answer of exercise G: people, links and where each person sits. */
export type MapAnswer = AnswerPayload<'G'>;

/** The maps before and after the present one; the present is the answer itself. */
export interface MapHistory {
  past: readonly MapAnswer[];
  future: readonly MapAnswer[];
}

/** How many changes can be undone: plenty for a 10-minute exercise, bounded in memory. */
export const HISTORY_LIMIT = 200;

/** An empty history. */
export const emptyHistory: MapHistory = { past: [], future: [] };

/** Records a change from `present` to a new map: it can be undone, and nothing is left to redo. */
export function recordChange(history: MapHistory, present: MapAnswer): MapHistory {
  return { past: [...history.past, present].slice(-HISTORY_LIMIT), future: [] };
}

/** Steps back: the map to show, and the history after it; null when there is nothing to undo. */
export function undoChange(
  history: MapHistory,
  present: MapAnswer,
): { map: MapAnswer; history: MapHistory } | null {
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
  present: MapAnswer,
): { map: MapAnswer; history: MapHistory } | null {
  const [map, ...future] = history.future;
  if (!map) return null;
  return { map, history: { past: [...history.past, present], future } };
}
