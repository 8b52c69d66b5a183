import type { z } from 'zod';
import type { NameRemover } from '../privacy/name-remover';

/** An answer in a line and a few items: what the console and the presenter glance at. */
export interface AnswerDigest {
  headline: string;
  items: string[];
}

/**
 * What a kind of answer is, once for every tier: the shape learners' answers are checked
 * against, the shape of its model answer, the answer before anything is written, whether an
 * answer counts as answered, its digest, and its client-safe copy.
 */
export interface AnswerKind<Answer extends z.ZodType, Model extends z.ZodType> {
  answer: Answer;
  model: Model;
  empty: z.output<Answer>;
  isAnswered(answer: z.output<Answer>): boolean;
  digest(answer: z.output<Answer>): AnswerDigest;
  /**
   * The answer as it may leave the room: names in its free text replaced by their labels,
   * people's names by neutral ones, and private notes (reflections, reasons) left out.
   */
  clientSafe(answer: z.output<Answer>, names: NameRemover): z.output<Answer>;
  /**
   * The first reference inside the answer that points at nothing (a match to an item that is
   * not there), with its path inside the answer; null when every reference holds. The app never
   * writes one, so a file that has one is refused.
   */
  referenceProblem?(answer: z.output<Answer>): AnswerReferenceProblem | null;
}

/** A reference inside an answer that points at nothing: where it is, and what is missing. */
export interface AnswerReferenceProblem {
  path: string;
  message: string;
}

/** The first match to the model that names an item the answer does not have; or null. */
export function matchProblem(
  matches: ReadonlyArray<{ itemId: string }>,
  items: ReadonlyArray<{ id: string }>,
): AnswerReferenceProblem | null {
  const ids = new Set(items.map((item) => item.id));
  const index = matches.findIndex((match) => !ids.has(match.itemId));
  const missing = matches[index];
  return missing
    ? { path: `matches[${index}].itemId`, message: `no item "${missing.itemId}" in this list` }
    : null;
}

/** Declares a kind, checking its parts against each other. */
export function defineKind<Answer extends z.ZodType, Model extends z.ZodType>(
  kind: AnswerKind<Answer, Model>,
): AnswerKind<Answer, Model> {
  return kind;
}
