import { z } from 'zod';
import { Id } from '../../schemas/common';
import { CompleteScores, SavedScoring, ScoringView } from '../../kinds/stage-scores';

/**
 * One saved scoring of an account: all six scores, the total and the stage, with its date and
 * whose view it gives; our own scorings carry the contact map as it was then.
 */
export const StageScoring = SavedScoring.extend({ accountId: Id });
export type StageScoring = z.infer<typeof StageScoring>;

export const stageScoringCommands = {
  'scorings:save': {
    input: z.strictObject({
      accountId: Id,
      scores: CompleteScores,
      /** Whose view the scores give; our own unless said. */
      view: ScoringView.default('own'),
    }),
    output: StageScoring,
  },
  'scorings:list': { input: z.strictObject({ accountId: Id }), output: z.array(StageScoring) },
  'scorings:delete': { input: z.strictObject({ id: Id }), output: z.strictObject({ id: Id }) },
} as const;
