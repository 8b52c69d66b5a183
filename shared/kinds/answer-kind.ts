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
}

/** Declares a kind, checking its parts against each other. */
export function defineKind<Answer extends z.ZodType, Model extends z.ZodType>(
  kind: AnswerKind<Answer, Model>,
): AnswerKind<Answer, Model> {
  return kind;
}
