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
import { ContactMapAnswer } from './contact-map';

/** Each statement's score; null while unanswered (never counted as zero). */
export const StageScoresAnswer = z.strictObject({
  scores: z.array(StatementScore.nullable()).length(STATEMENT_COUNT),
});
export type StageScoresAnswer = z.infer<typeof StageScoresAnswer>;

/** Every statement scored: what a saved scoring holds. */
export const CompleteScores = z.array(StatementScore).length(STATEMENT_COUNT);

/**
 * Whose view a scoring gives: the supplier's own, the customer's as the learner believes they
 * would score, or a customer team's own scoring (in a joint workshop).
 */
export const scoringViews = ['own', 'customer-believed', 'customer-team'] as const;
export const ScoringView = z.enum(scoringViews);
export type ScoringView = z.infer<typeof ScoringView>;

/** How each view is named. */
export const scoringViewLabels: Readonly<Record<ScoringView, string>> = {
  own: 'Our view',
  'customer-believed': 'The customer’s view, as we believe it',
  'customer-team': 'The customer’s view, scored by the customer',
};

/** A scoring kept with its date, so an account's stage can be followed over time. */
export const SavedScoring = z.strictObject({
  id: Id,
  scores: CompleteScores,
  total: z.int().min(0).max(MAX_TOTAL),
  stage: Stage,
  scoredAt: Timestamp,
  view: ScoringView,
  /** Our own scorings keep the account's contact map (G) as it was then: a dated snapshot. */
  map: ContactMapAnswer.optional(),
});
export type SavedScoring = z.infer<typeof SavedScoring>;

/** The scorings of one view, in the order given. */
export function scoringsOfView<S extends Pick<SavedScoring, 'view'>>(
  scorings: readonly S[],
  view: 'own' | 'customer',
): S[] {
  return scorings.filter((s) => (view === 'own') === (s.view === 'own'));
}

/**
 * The latest scoring of a view when saving these scores again the same day (UTC) would only
 * repeat it: the history keeps one row for it, not one per press of Save. A re-scoring on a
 * later day is kept, even unchanged, as it shows the stage held.
 */
export function repeatedScoring<S extends Pick<SavedScoring, 'view' | 'scores' | 'scoredAt'>>(
  scoringsNewestFirst: readonly S[],
  scores: readonly StatementScore[],
  view: ScoringView,
  at: Date,
): S | null {
  const latest = scoringsNewestFirst.find((s) => s.view === view);
  if (!latest || latest.scoredAt.slice(0, 10) !== at.toISOString().slice(0, 10)) return null;
  return latest.scores.every((score, i) => score === scores[i]) ? latest : null;
}

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
 * the latest saved scoring of our own (with its date), else the empty working scores.
 */
export function scoresShown(
  answer: StageScoresAnswer,
  scoringsNewestFirst: readonly SavedScoring[],
): { scores: Array<StatementScore | null>; scoredAt: string | null } {
  const latest = scoringsOfView(scoringsNewestFirst, 'own')[0];
  if (answer.scores.some((s) => s !== null) || !latest) {
    return { scores: answer.scores, scoredAt: null };
  }
  return { scores: latest.scores, scoredAt: latest.scoredAt };
}

/** An account's current stage: its latest saved scoring of our own, else its working scores if complete. */
export function currentStage(
  answer: StageScoresAnswer,
  scoringsNewestFirst: readonly SavedScoring[],
): { total: number; stage: Stage; scoredAt: string | null } | null {
  const latest = scoringsOfView(scoringsNewestFirst, 'own')[0];
  if (latest) return { total: latest.total, stage: latest.stage, scoredAt: latest.scoredAt };
  const working = scoreStatements(answer.scores);
  return working.total !== null && working.stage !== null
    ? { total: working.total, stage: working.stage, scoredAt: null }
    : null;
}
