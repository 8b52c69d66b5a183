/** The customer's view of the stage (D), as it is being scored: the other half of the perception gap. */
import { z } from 'zod';
import { STATEMENT_COUNT, StatementScore } from '../domain/stage';
import { ScoringView } from '../kinds/stage-scores';

/** Who gives the customer's view: the learner's belief, or the customer team itself. */
export const CustomerScoredBy = ScoringView.exclude(['own']);
export type CustomerScoredBy = z.infer<typeof CustomerScoredBy>;

export const CustomerViewPart = z.strictObject({
  scores: z.array(StatementScore.nullable()).length(STATEMENT_COUNT),
  scoredBy: CustomerScoredBy,
});
export type CustomerViewPart = z.infer<typeof CustomerViewPart>;

export const emptyCustomerView: CustomerViewPart = {
  scores: Array.from({ length: STATEMENT_COUNT }, () => null),
  scoredBy: 'customer-believed',
};
