/** Counting what a group wrote: the same idea however each person typed it. */
import { wordingKey } from '../domain/wording';

/** An idea as the group wrote it, with how many wrote it. */
export interface Tally {
  text: string;
  count: number;
}

/**
 * Counts each idea once per person who wrote it, most frequent first (ties in alphabetical
 * order); it is shown as most people spelled it.
 */
export function tallyIdeas(lists: ReadonlyArray<readonly string[]>): Tally[] {
  const counts = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const list of lists) {
    const seen = new Set<string>();
    for (const raw of list) {
      const key = wordingKey(raw);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key) ?? { count: 0, spellings: new Map<string, number>() };
      entry.count += 1;
      const spelling = raw.trim().replace(/\s+/g, ' ');
      entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + 1);
      counts.set(key, entry);
    }
  }
  return [...counts.entries()]
    .map(([key, { count, spellings }]) => ({
      text: [...spellings.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? key,
      count,
    }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}
