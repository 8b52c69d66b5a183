import { z } from 'zod';
import { Id, Timestamp } from '../../schemas/common';
import { stages } from '../../domain/stage';
import { StatementScore } from '../../exercises/answer-payloads';

/** One saved scoring of exercise D: all six scores, the total and the stage, with its date. */
export const StageScoring = z.strictObject({
  id: Id,
  accountId: Id,
  scores: z.array(StatementScore).length(6),
  total: z.int().min(0).max(18),
  stage: z.enum(stages),
  scoredAt: Timestamp,
});
export type StageScoring = z.infer<typeof StageScoring>;

export const stageScoringCommands = {
  'scorings:save': {
    input: z.strictObject({ accountId: Id, scores: z.array(StatementScore).length(6) }),
    output: StageScoring,
  },
  'scorings:list': { input: z.strictObject({ accountId: Id }), output: z.array(StageScoring) },
  'scorings:delete': { input: z.strictObject({ id: Id }), output: z.strictObject({ id: Id }) },
} as const;
