/** A learner's list of ideas (exercises A, B, E) as pure operations on arrays. */
import type { ListItem, ModelItem, ModelMatch } from '../kinds/list';
import { sameWording } from './wording';

/** An item taken out of a list, with where it was, so that undo can put it back. */
export interface RemovedItem {
  item: ListItem;
  index: number;
  matches: ModelMatch[];
}

/** Splits pasted text into one idea per non-empty line, without bullets or numbering. */
export function splitPastedLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^\s*(?:[-*•‣◦–—]|\d{1,3}[.)]|[a-z][.)])\s+/i, '').trim())
    .filter((line) => line.length > 0);
}

/** Adds ideas at the end; blank ones are ignored. */
export function addItems(
  items: readonly ListItem[],
  texts: readonly string[],
  newId: () => string,
): ListItem[] {
  const added = texts
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .map((text) => ({ id: newId(), text }));
  return [...items, ...added];
}

export function editItem(items: readonly ListItem[], id: string, text: string): ListItem[] {
  return items.map((item) => (item.id === id ? { ...item, text } : item));
}

/** Moves an item to a new position (clamped to the list). */
export function moveItem(items: readonly ListItem[], id: string, toIndex: number): ListItem[] {
  const from = items.findIndex((item) => item.id === id);
  if (from < 0) return [...items];
  const to = Math.max(0, Math.min(items.length - 1, toIndex));
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

/** Removes an item and its matches; returns what undo needs to put them back. */
export function removeItem(
  items: readonly ListItem[],
  matches: readonly ModelMatch[],
  id: string,
): { items: ListItem[]; matches: ModelMatch[]; removed: RemovedItem | null } {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) return { items: [...items], matches: [...matches], removed: null };
  return {
    items: items.filter((item) => item.id !== id),
    matches: matches.filter((m) => m.itemId !== id),
    removed: { item: items[index]!, index, matches: matches.filter((m) => m.itemId === id) },
  };
}

/** Puts a removed item back where it was, with its matches. */
export function restoreItem(
  items: readonly ListItem[],
  matches: readonly ModelMatch[],
  removed: RemovedItem,
): { items: ListItem[]; matches: ModelMatch[] } {
  const next = items.filter((item) => item.id !== removed.item.id);
  next.splice(Math.min(removed.index, next.length), 0, removed.item);
  return {
    items: next,
    matches: [...matches.filter((m) => m.itemId !== removed.item.id), ...removed.matches],
  };
}

/** Matches an item to one model item, or clears its match with null. */
export function setMatch(
  matches: readonly ModelMatch[],
  itemId: string,
  modelId: string | null,
): ModelMatch[] {
  const others = matches.filter((m) => m.itemId !== itemId);
  return modelId === null ? others : [...others, { itemId, modelId }];
}

/** The model answer's ideas that none of the learner's items were matched to. */
export function missedModelIds(
  modelIds: readonly string[],
  matches: readonly ModelMatch[],
): string[] {
  const matched = new Set(matches.map((m) => m.modelId));
  return modelIds.filter((id) => !matched.has(id));
}

/** The model item written in the very same words as the learner's item, if there is one. */
export function sameWordingModel(
  item: ListItem,
  model: readonly ModelItem[],
): ModelItem | undefined {
  return model.find((m) => sameWording(m.text, item.text));
}

/**
 * The matches that count for a list: the learner's own, and for each item they did not
 * match, the model item it is word for word (case, punctuation and spacing aside). Whether
 * other words mean the same idea stays the learner's call; so does a match they chose.
 */
export function countedMatches(
  items: readonly ListItem[],
  matches: readonly ModelMatch[],
  model: readonly ModelItem[],
): ModelMatch[] {
  return items.flatMap((item) => {
    const chosen = matches.find((m) => m.itemId === item.id);
    if (chosen) return [chosen];
    const same = sameWordingModel(item, model);
    return same ? [{ itemId: item.id, modelId: same.id }] : [];
  });
}
