/** The working scores of the stage statements for one account (exercise D). */
import { z } from 'zod';
import { stageInfo } from '../course/stages';
import {
  MAX_TOTAL,
  scoreStatements,
  Stage,
  STATEMENT_COUNT,
  StatementScore,
} from '../domain/stage';
import { Id, Timestamp } from '../schemas/common';
import { defineKind } from './answer-kind';

/** Each statement's score; null while unanswered (never counted as zero). */
export const StageScoresAnswer = z.strictObject({
  scores: z.array(StatementScore.nullable()).length(STATEMENT_COUNT),
});
export type StageScoresAnswer = z.infer<typeof StageScoresAnswer>;

/** Every statement scored: what a saved scoring holds. */
export const CompleteScores = z.array(StatementScore).length(STATEMENT_COUNT);

/** A scoring kept with its date, so an account's stage can be followed over time. */
export const SavedScoring = z.strictObject({
  id: Id,
  scores: CompleteScores,
  total: z.int().min(0).max(MAX_TOTAL),
  stage: Stage,
  scoredAt: Timestamp,
});
export type SavedScoring = z.infer<typeof SavedScoring>;

/** What is revealed after scoring: what relationships at each stage are like. */
export const StageCharacteristicsModel = z.strictObject({ intro: z.string() });
export type StageCharacteristicsModel = z.infer<typeof StageCharacteristicsModel>;

export const stageScoresKind = defineKind({
  answer: StageScoresAnswer,
  model: StageCharacteristicsModel,
  empty: { scores: Array.from({ length: STATEMENT_COUNT }, () => null) },
  isAnswered: (answer) => answer.scores.some((score) => score !== null),
  digest: (answer) => {
    const { total, answered, stage } = scoreStatements(answer.scores);
    return {
      headline:
        total === null || stage === null
          ? `Incomplete: ${answered} of ${STATEMENT_COUNT} scored`
          : `${total} of ${MAX_TOTAL} · ${stageInfo[stage].label}`,
      items: [],
    };
  },
  // Scores are numbers: nothing in them names anyone.
  clientSafe: (answer) => answer,
});

/**
 * The scores an account's answer shows: the working scores once any is given, else those of
 * the latest saved scoring (with its date), else the empty working scores.
 */
export function scoresShown(
  answer: StageScoresAnswer,
  scoringsNewestFirst: readonly SavedScoring[],
): { scores: Array<StatementScore | null>; scoredAt: string | null } {
  const latest = scoringsNewestFirst[0];
  if (answer.scores.some((s) => s !== null) || !latest) {
    return { scores: answer.scores, scoredAt: null };
  }
  return { scores: latest.scores, scoredAt: latest.scoredAt };
}

/** An account's current stage: its latest saved scoring, else its working scores if complete. */
export function currentStage(
  answer: StageScoresAnswer,
  scoringsNewestFirst: readonly SavedScoring[],
): { total: number; stage: Stage; scoredAt: string | null } | null {
  const latest = scoringsNewestFirst[0];
  if (latest) return { total: latest.total, stage: latest.stage, scoredAt: latest.scoredAt };
  const working = scoreStatements(answer.scores);
  return working.total !== null && working.stage !== null
    ? { total: working.total, stage: working.stage, scoredAt: null }
    : null;
}
