/** An exercise's answer by letter: the exercise's kind decides its shape, emptiness and digest. */
import type { z } from 'zod';
import {
  exerciseByLetter,
  type AnswerPayload,
  type ExerciseDefinition,
  type ExerciseLetter,
} from '../course/exercises';
import type { AnswerDigest } from '../kinds/answer-kind';
import {
  digestOf,
  isAnswered,
  kindOf,
  readAnswer,
  type AnswerOf,
  type KindName,
} from '../kinds/answer-kinds';

/** The schema an exercise's saved answer must satisfy. */
export function answerSchemaOf<L extends ExerciseLetter>(letter: L): z.ZodType<AnswerPayload<L>> {
  return kindOf(exerciseByLetter(letter).kind).answer as z.ZodType<AnswerPayload<L>>;
}

/** A stored answer as its exercise's type; the empty answer if there is none or it is unreadable. */
export function parseAnswer<L extends ExerciseLetter>(
  letter: L,
  payload: unknown,
): AnswerPayload<L> {
  return readAnswer(exerciseByLetter(letter).kind, payload) as AnswerPayload<L>;
}

/** Whether a stored answer to an exercise counts as answered. */
export function answerIsGiven(letter: ExerciseLetter, payload: unknown): boolean {
  const kind = exerciseByLetter(letter).kind;
  return isAnswered(kind, readAnswer(kind, payload));
}

/** A stored answer's digest for the console and the presenter. */
export function digestAnswer(
  letter: ExerciseLetter,
  payload: unknown,
): AnswerDigest & { answered: boolean } {
  const kind = exerciseByLetter(letter).kind;
  return digestOf(kind, readAnswer(kind, payload));
}

/** An owner's answers by exercise letter; an exercise not answered is absent. */
export type AnswersByLetter = { [L in ExerciseLetter]?: AnswerPayload<L> };

/** An owner's answer to an exercise, typed by the exercise's kind; the empty answer if absent. */
export function answerTo<K extends KindName>(
  answers: AnswersByLetter,
  exercise: ExerciseDefinition<K>,
): AnswerOf<K> {
  const found = (answers as Partial<Record<string, AnswerOf<K>>>)[exercise.letter];
  return found ?? kindOf(exercise.kind as K).empty;
}
