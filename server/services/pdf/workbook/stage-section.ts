import { exerciseD } from '../../../../shared/course/exercises';
import { agreementScale, stageStatements } from '../../../../shared/course/stage-statements';
import { stageInfo } from '../../../../shared/course/stages';
import { scoreStatements, type StatementScore } from '../../../../shared/domain/stage';
import { heading2, label, listItem, notAnswered, paragraph } from '../blocks';
import { drawScoringHistory, drawStageBand } from '../charts';
import type { AccountAnswers } from '../document-data';
import { formatShortDate, plural } from '../format';
import { drawTable, type Cell } from '../table';
import { colors, stageColors } from '../theme';
import type { PdfWriter } from '../writer';
import { exerciseOpening } from './exercise-opening';

/** The scores to show: the working answer if started, else the latest saved scoring. */
function scoresOf(account: AccountAnswers): {
  scores: Array<StatementScore | null>;
  note?: string;
} {
  if (account.d.scores.some((s) => s !== null)) return { scores: account.d.scores };
  const latest = account.scorings[0];
  if (latest)
    return { scores: latest.scores, note: `As saved on ${formatShortDate(latest.scoredAt)}.` };
  return { scores: account.d.scores };
}

const scoreLabel = (score: StatementScore) =>
  agreementScale.find((s) => s.score === score)?.label ?? String(score);

function drawAccount(w: PdfWriter, account: AccountAnswers): void {
  heading2(w, account.name, { mark: true });
  const { scores, note } = scoresOf(account);
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
        ? { text: `Incomplete: ${result.answered} of 6 scored`, color: colors.negative }
        : '',
      result.total === null
        ? { text: '—', muted: true }
        : { text: `${result.total} / 18`, style: 'bold', color: colors.accent },
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
      label(w, `What ${info.label.toLowerCase()} relationships are like`);
      for (const line of info.characteristics) listItem(w, line, { kind: 'bullet' });
    } else {
      paragraph(w, 'The stage is shown once all six statements are scored.', {
        italic: true,
        color: colors.muted,
      });
    }
  }
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

/** Exercise D: per account, the six scores, total, stage band, characteristics and history. */
export async function drawStageExercise(
  w: PdfWriter,
  accounts: readonly AccountAnswers[],
): Promise<void> {
  exerciseOpening(w, exerciseD);
  if (accounts.length === 0) notAnswered(w, 'No key account has been added');
  for (const account of accounts) {
    drawAccount(w, account);
    await w.yieldNow();
  }
}
