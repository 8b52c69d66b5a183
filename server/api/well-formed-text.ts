// With the u flag, \p{Cs} matches only a surrogate that is not half of a pair.
const LONE_SURROGATE = /\p{Cs}/gu;
const REPLACEMENT_CHARACTER = '\uFFFD';

const wellFormed = (text: string) => text.replace(LONE_SURROGATE, REPLACEMENT_CHARACTER);

type Container = Record<string, unknown> | unknown[];
const emptyLike = (value: object): Container => (Array.isArray(value) ? [] : {});

/**
 * The input with every lone surrogate (half a character, as text cut through an emoji leaves)
 * replaced by U+FFFD, as SQLite would store it: so what a command answers is what it stored.
 * It walks the input without recursion, as an input may be nested deeper than the stack, and
 * copies keys as own properties, so a key named `__proto__` stays a plain key.
 */
export function withWellFormedText(value: unknown): unknown {
  if (typeof value === 'string') return wellFormed(value);
  if (typeof value !== 'object' || value === null) return value;
  const root = emptyLike(value);
  const work: Array<[object, Container]> = [[value, root]];
  for (let next = work.pop(); next; next = work.pop()) {
    const [from, to] = next;
    for (const [key, item] of Object.entries(from)) {
      let copy: unknown = item;
      if (typeof item === 'string') copy = wellFormed(item);
      else if (typeof item === 'object' && item !== null) {
        copy = emptyLike(item);
        work.push([item, copy as Container]);
      }
      Object.defineProperty(to, key, {
        value: copy,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return root;
}
