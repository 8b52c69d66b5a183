import { z } from 'zod';
import type { NameRemover } from '../privacy/name-remover';

/** The longest text a learner can type into any one field of an answer. */
export const MAX_ANSWER_CHARS = 4000;

/** Free text in an answer: a list item, a reason, a reflection. */
export const AnswerText = z
  .string()
  .max(
    MAX_ANSWER_CHARS,
    `Keep each answer under ${MAX_ANSWER_CHARS.toLocaleString('en-GB')} characters`,
  );

/** Whether a text says nothing. */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** The items that say something. */
export function filledItems<T extends { text: string }>(items: readonly T[]): T[] {
  return items.filter((item) => !isBlank(item.text));
}

/** The trimmed texts of the items that say something. */
export function filledTexts(items: ReadonlyArray<{ text: string }>): string[] {
  return filledItems(items).map((item) => item.text.trim());
}

/** Items with every known name in their text replaced by its label. */
export function namesRemoved<T extends { text: string }>(
  items: readonly T[],
  names: NameRemover,
): T[] {
  return items.map((item) => ({ ...item, text: names.text(item.text) }));
}
