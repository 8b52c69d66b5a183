import { stageStatements } from '../../course/stage-statements';
import { stageInfo } from '../../course/stages';
import { scoreStatements } from '../../domain/stage';
import { scoresShown } from '../../kinds/stage-scores';
import type { KindSheet } from '../sheet';

/**
 * Stage scores (D): each statement's score (0 strongly disagree … 3 strongly agree), the total
 * and its stage, from the working scores or else the latest saved scoring.
 */
export const stageScoresSheet: KindSheet<'stage-scores'> = {
  columns: () => [
    ...stageStatements.map((statement, i) => `${i + 1}. ${statement.text}`),
    'Total',
    'Stage',
    'Scored on',
  ],
  rows: (_exercise, { answer, scorings }) => {
    const { scores, scoredAt } = scoresShown(answer, scorings);
    const { total, stage } = scoreStatements(scores);
    return [
      [
        ...scores.map((score) => (score === null ? '' : String(score))),
        total === null ? '' : String(total),
        stage === null ? '' : stageInfo[stage].label,
        scoredAt === null ? (scores.some((s) => s !== null) ? 'working scores' : '') : scoredAt,
      ],
    ];
  },
};
