/** Stage scores (D): each account's scores, stage and history; the group's stages. */
import { agreementScale, stageStatements } from '../../../../shared/course/stage-statements';
import { stageInfo } from '../../../../shared/course/stages';
import {
  MAX_TOTAL,
  scoreStatements,
  STATEMENT_COUNT,
  stages,
  type Stage,
  type StatementScore,
} from '../../../../shared/domain/stage';
import { formatShortDate } from '../../../../shared/format/dates';
import { plural } from '../../../../shared/format/plural';
import { currentStage, scoresShown } from '../../../../shared/kinds/stage-scores';
import {
  bulletList,
  chapterHeading,
  heading2,
  label,
  labelBlock,
  notAnswered,
  paragraph,
} from '../blocks';
import { drawScoringHistory, drawStageBand, drawStageDistribution } from '../charts';
import type { AccountAnswers } from '../document-data';
import { drawTable, type Cell } from '../table';
import { colors, stageColors } from '../theme';
import type { PdfWriter } from '../writer';
import { accountEntries, drawEntries, type AnswerEntry } from './entries';
import type { PdfKindSections } from './kind-sections';

/** The scores to show: the working answer if started, else the latest saved scoring. */
function scoresOf(
  answer: AnswerEntry<'stage-scores'>['answer'],
  account: AccountAnswers | null,
): { scores: Array<StatementScore | null>; note?: string } {
  const { scores, scoredAt } = scoresShown(answer, account?.scorings ?? []);
  return scoredAt ? { scores, note: `As saved on ${formatShortDate(scoredAt)}.` } : { scores };
}

const scoreLabel = (score: StatementScore) =>
  agreementScale.find((s) => s.score === score)?.label ?? String(score);

function drawScores(w: PdfWriter, { answer, account }: AnswerEntry<'stage-scores'>): void {
  const { scores, note } = scoresOf(answer, account);
  const result = scoreStatements(scores);
  if (result.answered === 0) {
    notAnswered(w);
  } else {
    label(w, 'Your scores');
    const rows: Cell[][] = stageStatements.map((statement, i) => {
      const score = scores[i] ?? null;
      return [
        String(i + 1),
        statement.text,
        score === null ? { text: 'not scored', muted: true } : scoreLabel(score),
        score === null
          ? { text: '—', muted: true }
          : { text: String(score), style: 'bold' as const },
      ];
    });
    rows.push([
      '',
      { text: 'Total', style: 'bold' },
      result.total === null
        ? {
            text: `Incomplete: ${result.answered} of ${STATEMENT_COUNT} scored`,
            color: colors.negative,
          }
        : '',
      result.total === null
        ? { text: '—', muted: true }
        : { text: `${result.total} / ${MAX_TOTAL}`, style: 'bold', color: colors.accent },
    ]);
    drawTable(
      w,
      [
        { header: '#', weight: 0.4, align: 'center' },
        { header: 'Statement', weight: 6 },
        { header: 'Your view', weight: 1.9 },
        { header: 'Points', weight: 1, align: 'center' },
      ],
      rows,
    );
    if (note) paragraph(w, note, { italic: true, color: colors.muted });
    drawStageBand(w, result.total);
    if (result.stage) {
      const info = stageInfo[result.stage];
      w.ensureSpace(60);
      w.write(`Stage: ${info.label}`, { style: 'bold', size: 13, color: colors.ink });
      w.doc.rect(w.left, w.y + 2, 28, 3).fill(stageColors[result.stage]);
      w.space(12);
      bulletList(w, info.characteristics, {
        lead: labelBlock(w, `What ${info.label.toLowerCase()} relationships are like`),
      });
    } else {
      paragraph(w, `The stage is shown once all ${STATEMENT_COUNT} statements are scored.`, {
        italic: true,
        color: colors.muted,
      });
    }
  }
  if (!account) return;
  w.space(6);
  label(w, 'Scoring history');
  if (account.scorings.length === 0) {
    paragraph(w, 'No scoring has been saved for this account yet.', {
      italic: true,
      color: colors.faint,
    });
  } else {
    paragraph(w, `${plural(account.scorings.length, 'saved scoring')}, oldest first.`, {
      color: colors.muted,
    });
    drawScoringHistory(w, account.scorings);
  }
}

export const stageScoresSections: PdfKindSections<'stage-scores'> = {
  async workbook(w, _exercise, entries) {
    await drawEntries(w, entries, (entry) => drawScores(w, entry));
  },

  summary(w, exercise, entries) {
    chapterHeading(w, `Exercise ${exercise.letter}`, 'Relationship stages by account');
    const rows = accountEntries(entries);
    if (rows.length === 0) return notAnswered(w, 'No key account has been added');
    const counts = Object.fromEntries(stages.map((s) => [s, 0])) as Record<Stage, number>;
    const cells: Cell[][] = rows.map(({ participant, account, answer }) => {
      const current = currentStage(answer, account.scorings);
      if (current) counts[current.stage] += 1;
      return [
        participant.name,
        account.name,
        current ? { text: `${current.total}`, style: 'bold' } : { text: '—', muted: true },
        current
          ? { text: stageInfo[current.stage].label, swatch: stageColors[current.stage] }
          : { text: 'Not scored', muted: true },
        current?.scoredAt ? formatShortDate(current.scoredAt) : current ? 'working scores' : '',
      ];
    });
    drawTable(
      w,
      [
        { header: 'Participant', weight: 2.2 },
        { header: 'Account', weight: 2.4 },
        { header: 'Total', weight: 0.8, align: 'right' },
        { header: 'Stage', weight: 1.8 },
        { header: 'Scored', weight: 1.4 },
      ],
      cells,
      { zebra: true },
    );
    heading2(w, 'Distribution of stages');
    drawStageDistribution(w, counts);
  },
};
