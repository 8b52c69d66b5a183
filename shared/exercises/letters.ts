import { z } from 'zod';

/** The module's seven exercises. */
export const ExerciseLetter = z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
export type ExerciseLetter = z.infer<typeof ExerciseLetter>;

/** Who an exercise's answer belongs to: the participant, or one of their accounts. */
export type AnswerOwner = 'participant' | 'account';

/** A, B, E, F are about the participant's view; C, D, G about one key account. */
export const answerOwnerOf: Record<ExerciseLetter, AnswerOwner> = {
  A: 'participant',
  B: 'participant',
  C: 'account',
  D: 'account',
  E: 'participant',
  F: 'participant',
  G: 'account',
};
