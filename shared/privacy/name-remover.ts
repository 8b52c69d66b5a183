/**
 * Finding names in free text: what a client-safe copy uses to replace every name a learner
 * typed into an answer (an account's, a colleague's, a contact's) with its neutral label.
 */

/** Replaces known names in free text with their labels. */
export interface NameRemover {
  /** The text with every known name, as a whole word, replaced by its label. */
  text(text: string): string;
}

/**
 * Names shorter than this are found only as written: "Me" or "Al" in any case would catch
 * ordinary words ("me", "AL"), while a longer name may be written in any case.
 */
export const ANY_CASE_MIN_CHARS = 4;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name as a pattern: its words with any run of spaces between them. */
const patternOf = (name: string) => name.split(' ').map(escapeRegExp).join('\\s+');

/** A name or a found text with its spaces made single, as names are compared. */
const tidy = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ');

/**
 * A remover for the given names and their labels (the first label given for a name wins).
 * Every name is matched in one pass, longest first, so "Ann Lee" is replaced whole before
 * "Ann" could be, and a label put in is never searched again.
 */
export function nameRemover(
  labels: ReadonlyArray<readonly [name: string, label: string]>,
): NameRemover {
  const exact = new Map<string, string>();
  const anyCase: Array<{ matches: RegExp; label: string }> = [];
  for (const [name, label] of labels) {
    const tidied = tidy(name);
    if (tidied === '' || exact.has(tidied)) continue;
    exact.set(tidied, label);
    if (tidied.length >= ANY_CASE_MIN_CHARS) {
      anyCase.push({ matches: new RegExp(`^${patternOf(tidied)}$`, 'iu'), label });
    }
  }
  if (exact.size === 0) return { text: (text) => text };
  const names = [...exact.keys()].sort((a, b) => b.length - a.length);
  // A letter, digit or combining mark on either side means the name is part of a longer word.
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}\\p{M}])(?:${names.map(patternOf).join('|')})(?![\\p{L}\\p{N}\\p{M}])`,
    'giu',
  );
  const labelOf = (found: string) =>
    exact.get(tidy(found)) ?? anyCase.find((entry) => entry.matches.test(found))?.label ?? found;
  return { text: (text) => text.normalize('NFC').replace(pattern, labelOf) };
}
