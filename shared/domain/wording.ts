/**
 * When two texts are the same item: the same words, whatever their case, punctuation and
 * spacing ("Market intelligence." is "market  intelligence"; "co-operation" is
 * "cooperation"). The one rule for matching a learner's idea to a model answer, pairing a
 * top three's picks and counting a group's ideas. Anything looser is the learner's call.
 */

/** Letters, digits and the marks that belong to them; everything else is punctuation or spacing. */
const NOT_WORDING = /[^\p{L}\p{N}\p{M}]+/gu;

/**
 * The text reduced to what makes it the same item. A text of symbols alone (an emoji, "?!")
 * keeps them, so it still counts as something written; blank text is ''.
 */
export function wordingKey(text: string): string {
  // Upper then lower case folds more than lower case alone: "STRASSE" is "Straße".
  const folded = text.normalize('NFKC').toUpperCase().toLowerCase();
  return folded.replace(NOT_WORDING, '') || folded.replace(/\s+/g, '');
}

/** Whether two texts are word for word the same item; blank text is never the same as anything. */
export function sameWording(a: string, b: string): boolean {
  const key = wordingKey(a);
  return key !== '' && key === wordingKey(b);
}
