/** The four stages of a key account relationship, from the course's stage model. */
export const stages = ['basic', 'co-operative', 'interdependent', 'integrated'] as const;
export type Stage = (typeof stages)[number];

/** One of the four points of the scale: Strongly disagree 0 … Strongly agree 3. */
export type StatementScore = 0 | 1 | 2 | 3;

/** How many statements exercise D scores. */
export const STATEMENT_COUNT = 6;
/** The highest total: six statements at 3. */
export const MAX_TOTAL = STATEMENT_COUNT * 3;

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
  return value === 0 || value === 1 || value === 2 || value === 3;
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
