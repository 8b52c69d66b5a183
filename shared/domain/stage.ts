import { z } from 'zod';

/** The four stages of a key account relationship, from the course's stage model. */
export const stages = ['basic', 'co-operative', 'interdependent', 'integrated'] as const;
export const Stage = z.enum(stages);
export type Stage = z.infer<typeof Stage>;

/** The top of the scale: Strongly agree. */
export const MAX_STATEMENT_SCORE = 3;

/** One of the four points of the scale: Strongly disagree 0 … Strongly agree 3. */
export const StatementScore = z.literal([0, 1, 2, MAX_STATEMENT_SCORE]);
export type StatementScore = z.infer<typeof StatementScore>;

/** How many statements exercise D scores. */
export const STATEMENT_COUNT = 6;
/** The highest total: six statements at the top of the scale. */
export const MAX_TOTAL = STATEMENT_COUNT * MAX_STATEMENT_SCORE;

/** The bands of the total that decide the stage, lowest first, inclusive bounds. */
export const stageBands: ReadonlyArray<{ stage: Stage; min: number; max: number }> = [
  { stage: 'basic', min: 0, max: 6 },
  { stage: 'co-operative', min: 7, max: 11 },
  { stage: 'interdependent', min: 12, max: 15 },
  { stage: 'integrated', min: 16, max: 18 },
];

/** The stage for a total of the six statements (0–18). */
export function stageForTotal(total: number): Stage {
  if (!Number.isInteger(total) || total < 0 || total > MAX_TOTAL) {
    throw new RangeError(`A total must be a whole number from 0 to ${MAX_TOTAL}, not ${total}`);
  }
  const band = stageBands.find((b) => total >= b.min && total <= b.max);
  if (!band) throw new RangeError(`No stage band holds ${total}`);
  return band.stage;
}

function isStatementScore(value: unknown): value is StatementScore {
  return StatementScore.safeParse(value).success;
}

/** Total and stage of six scores; both null while any score is null. */
export function scoreStatements(scores: ReadonlyArray<StatementScore | null>): {
  total: number | null;
  answered: number;
  stage: Stage | null;
} {
  if (scores.length !== STATEMENT_COUNT) {
    throw new RangeError(`Exactly ${STATEMENT_COUNT} scores are needed, not ${scores.length}`);
  }
  let answered = 0;
  let sum = 0;
  for (const score of scores) {
    if (score === null) continue;
    if (!isStatementScore(score))
      throw new RangeError(`A score must be 0, 1, 2 or 3, not ${String(score)}`);
    answered++;
    sum += score;
  }
  if (answered < STATEMENT_COUNT) return { total: null, answered, stage: null };
  return { total: sum, answered, stage: stageForTotal(sum) };
}

/** Both views of the six statements: where they differ, and each side's stage. */
export interface PerceptionGap {
  /** `own[i] - theirs[i]`: positive where we score higher than the customer; null if either is missing. */
  perStatement: Array<number | null>;
  /** Our stage; null until all six of our statements are scored. */
  ownStage: Stage | null;
  /** The customer's stage; null until all six of theirs are scored. */
  theirStage: Stage | null;
}

/**
 * Compares the supplier's own scoring of the six statements with the customer's (as the learner
 * believes the customer would score them, or as a customer team did). Throws RangeError on a
 * wrong number of scores or a score off the scale.
 */
export function perceptionGap(
  own: ReadonlyArray<StatementScore | null>,
  theirs: ReadonlyArray<StatementScore | null>,
): PerceptionGap {
  const ownResult = scoreStatements(own);
  const theirResult = scoreStatements(theirs);
  return {
    perStatement: own.map((score, i) => {
      const their = theirs[i] ?? null;
      return score === null || their === null ? null : score - their;
    }),
    ownStage: ownResult.stage,
    theirStage: theirResult.stage,
  };
}
