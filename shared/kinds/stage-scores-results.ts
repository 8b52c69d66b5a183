/** Where a room's accounts stand (D): accounts per stage, and the average of each statement. */
import { z } from 'zod';
import { Stage, STATEMENT_COUNT, stages } from '../domain/stage';
import { currentStage, type SavedScoring, type StageScoresAnswer } from './stage-scores';

export const StageScoresResults = z.strictObject({
  kind: z.literal('stage-scores'),
  /** Accounts at each stage: their latest saved scoring, else complete working scores. */
  stages: z.record(Stage, z.int().min(0)),
  /** Each statement's mean score over the answers that scored it; null where none did. */
  averages: z.array(z.number().min(0).max(3).nullable()).length(STATEMENT_COUNT),
});
export type StageScoresResults = z.infer<typeof StageScoresResults>;

/** How many of the given stages fall at each stage, every stage listed. */
export function countByStage(found: ReadonlyArray<Stage | null>): Record<Stage, number> {
  const counts = Object.fromEntries(stages.map((stage) => [stage, 0])) as Record<Stage, number>;
  for (const stage of found) if (stage) counts[stage] += 1;
  return counts;
}

/** The room's results for stage scores: each entry is an account's answer and saved scorings. */
export function stageScoresResults(
  entries: ReadonlyArray<{ answer: StageScoresAnswer; scorings: readonly SavedScoring[] }>,
): StageScoresResults {
  const averages = Array.from({ length: STATEMENT_COUNT }, (_, i) => {
    const scores: number[] = entries.flatMap(({ answer }) => {
      const score = answer.scores[i];
      return score === null || score === undefined ? [] : [score];
    });
    return scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
  });
  return {
    kind: 'stage-scores',
    stages: countByStage(entries.map((e) => currentStage(e.answer, e.scorings)?.stage ?? null)),
    averages,
  };
}
