import { z } from 'zod';
import { Id, Timestamp } from '../../schemas/common';
import { EnteredBy } from '../../exercises/entered-by';
import { ExerciseLetter } from '../../exercises/letters';

/** Whose answer to which exercise: the account is given for C, D and G only. */
export const AnswerKey = z.strictObject({
  participantId: Id,
  exercise: ExerciseLetter,
  accountId: Id.nullable(),
});
export type AnswerKey = z.infer<typeof AnswerKey>;

/** A saved answer; its payload has been checked against the exercise's schema. */
export const Answer = AnswerKey.extend({
  payload: z.unknown(),
  revision: z.int().min(1),
  updatedAt: Timestamp,
  /** Who saved it last: the trainer typing for a learner, or the learner. */
  enteredBy: EnteredBy,
});
export type Answer = z.infer<typeof Answer>;

export const answerCommands = {
  'answers:get': { input: AnswerKey, output: Answer.nullable() },
  'answers:save': {
    input: AnswerKey.extend({ payload: z.unknown() }),
    output: Answer,
  },
} as const;
