/**
 * Implementation practices: a self-assessment of the learner's KAM programme. It belongs to the
 * participant, not to one account, because the practices are the supplier's own organisation
 * (its business case, structures, incentives, selection criteria), shared by all its accounts.
 */
import { z } from 'zod';
import {
  implementationPractices,
  practiceLevels,
  type PracticeLevel,
} from '../course/implementation-practices';
import { Assessment, countAssessments, idsOf, type Assessment as Rating } from './self-assessment';

export const PracticesPart = z.strictObject({
  ratings: z.partialRecord(idsOf(implementationPractices), Assessment),
});
export type PracticesPart = z.infer<typeof PracticesPart>;

export const emptyPractices: PracticesPart = { ratings: {} };

/** Each level's practices counted by rating. */
export function summarisePractices(
  part: PracticesPart,
): Record<PracticeLevel, Record<Rating | 'unrated', number>> {
  const byLevel = (level: PracticeLevel) =>
    countAssessments(
      implementationPractices.filter((p) => p.level === level).map((p) => p.id),
      part.ratings,
    );
  return Object.fromEntries(practiceLevels.map((level) => [level, byLevel(level)])) as Record<
    PracticeLevel,
    Record<Rating | 'unrated', number>
  >;
}
