/**
 * The account relationship plan: one page per key account at the end of a workbook. It must
 * stay one page whatever the learner wrote, so every block is measured first and long text is
 * cut (the screen keeps it whole): the standing of the relationship, the actions, what the
 * work shows, and progress.
 */
import { stageInfo } from '../../../../shared/course/stages';
import {
  diagnoseContactMap,
  patternInfo,
  personName,
  verdictLabels,
} from '../../../../shared/domain/contact-map';
import { MAX_TOTAL, STATEMENT_COUNT } from '../../../../shared/domain/stage';
import { agreementLabels } from '../../../../shared/domain/stage-versus-map';
import { formatLongDate, formatShortDate } from '../../../../shared/format/dates';
import { plural } from '../../../../shared/format/plural';
import { scoringViewLabels } from '../../../../shared/kinds/stage-scores';
import { actionStatusLabels, isOverdue } from '../../../../shared/plan/actions';
import { layersVerdict } from '../../../../shared/plan/layers';
import type { AccountAnswers, ParticipantAnswers } from '../document-data';
import type { FontStyle } from '../fonts';
import { colors, sizes, stageColors, verdictColors } from '../theme';
import type { PdfWriter } from '../writer';
import { readAccountPlan, type AccountPlanReading } from './plan-reading';

const LINE = 11;
const CELL_PAD = 4;
/** Lines the lower blocks may take: what the work shows, and progress. */
const SHOWS_LINES = 7;
const PROGRESS_LINES = 4;

/** A small letter-spaced label placed at a point. */
function placeLabel(w: PdfWriter, text: string, x: number, y: number, width: number): void {
  w.place(w.fitLine(text.toUpperCase(), 'bold', sizes.label, width), x, y, {
    style: 'bold',
    size: sizes.label,
    color: colors.muted,
    tracked: true,
  });
}

/** Text cut to at most `lines` lines of `width`, with an ellipsis where cut. */
function fitLines(
  w: PdfWriter,
  text: string,
  font: { style: FontStyle; size: number },
  width: number,
  lines: number,
): string {
  const plain = text.trim().replace(/\s+/g, ' ');
  const measure = (t: string) => w.heightOf(t, { ...font, width, lineGap: 1 });
  const line = measure('X');
  const fits = (t: string) => measure(t) <= lines * line + 0.5;
  if (fits(plain)) return plain;
  let low = 0;
  let high = plain.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(`${plain.slice(0, mid).trimEnd()}…`)) low = mid;
    else high = mid - 1;
  }
  return `${plain.slice(0, low).trimEnd()}…`;
}

/** The four boxes that say where the relationship stands. */
function drawStanding(w: PdfWriter, plan: AccountPlanReading): void {
  const gap = 8;
  const width = (w.width - 3 * gap) / 4;
  const height = 56;
  const top = w.y;
  const { current, customer, diagnosis, comparison } = plan;
  const boxes = [
    {
      label: 'Our stage',
      value: current ? stageInfo[current.stage].label : 'Not scored',
      detail: current
        ? `${current.total} of ${MAX_TOTAL}${current.scoredAt ? `, ${formatShortDate(current.scoredAt)}` : ''}`
        : 'Exercise D',
      mark: current ? stageColors[current.stage] : colors.rule,
    },
    {
      label: 'The customer’s view',
      value: customer.stage ? stageInfo[customer.stage].label : 'Not scored',
      detail: customer.stage
        ? `${customer.total} of ${MAX_TOTAL}, ${customer.scoredBy === 'customer-team' ? 'scored by the customer' : 'as we believe it'}`
        : `${customer.answered} of ${STATEMENT_COUNT} scored`,
      mark: customer.stage ? stageColors[customer.stage] : colors.rule,
    },
    {
      label: 'The map',
      value: patternInfo[diagnosis.pattern].label,
      detail: verdictLabels[diagnosis.verdict],
      mark: verdictColors[diagnosis.verdict],
    },
    {
      label: 'Map against score',
      value: agreementLabels[comparison.agreement],
      detail: comparison.agreement === 'contradict' ? 'See the gaps below' : '',
      mark: comparison.agreement === 'contradict' ? colors.negative : colors.rule,
    },
  ];
  boxes.forEach((box, i) => {
    const x = w.left + i * (width + gap);
    w.doc.rect(x, top, width, height).fill(colors.tint);
    w.doc.rect(x, top, 3, height).fill(box.mark);
    placeLabel(w, box.label, x + 9, top + 7, width - 14);
    const value = { style: 'bold', size: sizes.small + 0.5 } as const;
    w.place(fitLines(w, box.value, value, width - 14, 2), x + 9, top + 19, {
      style: 'bold',
      size: sizes.small + 0.5,
      color: colors.ink,
      width: width - 14,
    });
    w.place(w.fitLine(box.detail, 'regular', sizes.tiny, width - 14), x + 9, top + height - 13, {
      size: sizes.tiny,
      color: colors.muted,
    });
  });
  w.doc.y = top + height + 14;
}

interface ActionRow {
  cells: string[];
  height: number;
  overdue: boolean;
}

const actionColumns = [
  { header: '#', weight: 0.35 },
  { header: 'Action', weight: 3.8 },
  { header: 'Who', weight: 1.6 },
  { header: 'By when', weight: 1.25 },
  { header: 'Closes', weight: 2.8 },
  { header: 'Status', weight: 1.1 },
] as const;

/** The action's words in bold, and its date when overdue. */
const styleOf = (column: number, overdue: boolean): FontStyle =>
  column === 1 || (column === 3 && overdue) ? 'bold' : 'regular';

/** The actions as rows cut to fit, as many as the space allows; returns the rows left out. */
function drawActions(
  w: PdfWriter,
  plan: AccountPlanReading,
  budget: number,
  today: string,
): number {
  const size = sizes.small;
  const total = actionColumns.reduce((sum, c) => sum + c.weight, 0);
  const widths = actionColumns.map((c) => (w.width * c.weight) / total);
  placeLabel(w, `Actions (${plan.actions.length})`, w.left, w.y, w.width);
  w.space(14);
  if (plan.actions.length === 0) {
    w.write('No actions yet: the plan’s actions are written on its page in the app.', {
      size,
      style: 'italic',
      color: colors.faint,
    });
    w.space(8);
    return 0;
  }
  const inner = (c: number) => widths[c]! - 2 * CELL_PAD;
  const rows: ActionRow[] = plan.actions.map((action, i) => {
    const overdue = isOverdue(action, today);
    const due = action.due ? formatShortDate(`${action.due}T12:00:00Z`) : '—';
    const fonts = actionColumns.map((_, c) => ({ style: styleOf(c, overdue), size }));
    const cells = [
      String(i + 1),
      fitLines(w, action.what || '(not written)', fonts[1]!, inner(1), 3),
      fitLines(w, action.who || '—', fonts[2]!, inner(2), 2),
      overdue ? `${due} (overdue)` : due,
      fitLines(w, action.closes?.label ?? '—', fonts[4]!, inner(4), 3),
      actionStatusLabels[action.status],
    ];
    const heights = cells.map((text, c) =>
      w.heightOf(text, { ...fonts[c]!, width: inner(c), lineGap: 1 }),
    );
    return { cells, height: Math.max(...heights) + 2 * CELL_PAD, overdue };
  });
  const headerHeight = 16;
  let room = budget - headerHeight - LINE - 10;
  const shown: ActionRow[] = [];
  for (const row of rows) {
    if (row.height > room) break;
    shown.push(row);
    room -= row.height;
  }
  const top = w.y;
  w.doc.rect(w.left, top, w.width, headerHeight).fill(colors.tint);
  let x = w.left;
  actionColumns.forEach((column, c) => {
    placeLabel(w, column.header, x + CELL_PAD, top + 5, widths[c]! - 2 * CELL_PAD);
    x += widths[c]!;
  });
  w.doc.y = top + headerHeight;
  for (const row of shown) {
    const y = w.y;
    let cx = w.left;
    row.cells.forEach((text, c) => {
      const late = c === 3 && row.overdue;
      w.place(text, cx + CELL_PAD, y + CELL_PAD, {
        size,
        width: inner(c),
        style: styleOf(c, row.overdue),
        color: late ? colors.negative : c === 4 ? colors.muted : colors.body,
        lineGap: 1,
      });
      cx += widths[c]!;
    });
    w.doc
      .moveTo(w.left, y + row.height)
      .lineTo(w.left + w.width, y + row.height)
      .lineWidth(0.5)
      .stroke(colors.hairline);
    w.doc.y = y + row.height;
  }
  const left = rows.length - shown.length;
  if (left > 0) {
    w.space(3);
    w.write(`and ${plural(left, 'more action')}, listed in the app.`, {
      size,
      style: 'italic',
      color: colors.muted,
    });
  }
  w.space(10);
  return left;
}

/** Lines of a block, each one line long. */
function placeLines(
  w: PdfWriter,
  lines: readonly string[],
  x: number,
  y: number,
  width: number,
): void {
  lines.forEach((line, i) => {
    w.place(w.fitLine(line, 'regular', sizes.small, width), x, y + i * LINE, {
      size: sizes.small,
      color: colors.body,
    });
  });
}

/** What the work shows (left: gaps without an action; right: the tools' readings). */
function drawWhatItShows(w: PdfWriter, plan: AccountPlanReading): void {
  const gap = 16;
  const width = (w.width - gap) / 2;
  const top = w.y;
  const open = plan.openGaps;
  const gapLines = open
    .slice(0, SHOWS_LINES - (open.length > SHOWS_LINES ? 1 : 0))
    .map((g) => `• ${g.label}`);
  if (open.length > gapLines.length) gapLines.push(`and ${open.length - gapLines.length} more`);
  if (open.length === 0) gapLines.push('Every gap found has an action.');
  placeLabel(w, `Gaps without an action (${open.length})`, w.left, top, width);
  placeLines(w, gapLines, w.left, top + 13, width);

  const { practices, readiness, target } = plan;
  const threads = plan.threads.map(personName);
  const shows = [
    `Single threads: ${threads.length === 0 ? 'none' : threads.join(', ')}`,
    `Layers: ${layersVerdict(plan.layers)}`,
    target
      ? `Target map: ${plural(target.peopleToBringIn.length, 'person', 'people')} to bring in, ${plural(target.contactsToBuild.length, 'contact')} to build`
      : 'Target map: not drawn yet',
    `Readiness: ${readiness.verdict}`,
    `KAM programme: ${practices.strategic['in-place']} of 7 strategic and ${practices.operational['in-place']} of 5 operational practices in place`,
    `Buyer’s lens: ${plan.buyerHeadings.length} of 6 headings written`,
  ];
  const right = w.left + width + gap;
  placeLabel(w, 'What the work shows', right, top, width);
  placeLines(w, shows, right, top + 13, width);
  w.doc.y = top + 13 + SHOWS_LINES * LINE + 10;
}

/** The latest scorings, both views, with the map kept with our own. */
function drawProgress(w: PdfWriter, plan: AccountPlanReading): void {
  placeLabel(w, 'Progress: the latest scorings', w.left, w.y, w.width);
  const top = w.y + 13;
  const lines =
    plan.scorings.length === 0
      ? ['No scoring saved yet: save one, and score again later to see progress.']
      : plan.scorings.slice(0, PROGRESS_LINES).map((s) => {
          const map = s.map ? diagnoseContactMap(s.map) : null;
          return `${formatShortDate(s.scoredAt)} · ${scoringViewLabels[s.view]} · ${s.total} of ${MAX_TOTAL}, ${stageInfo[s.stage].label}${map ? ` · map: ${patternInfo[map.pattern].label.toLowerCase()}, ${plural(map.metrics.contactCount, 'contact')}` : ''}`;
        });
  placeLines(w, lines, w.left, top, w.width);
  w.doc.y = top + PROGRESS_LINES * LINE;
}

/** Height the blocks under the actions take. */
const LOWER_BLOCKS = 13 + SHOWS_LINES * LINE + 10 + 13 + PROGRESS_LINES * LINE + 6;

/** Draws one account's plan on a page of its own. */
export function drawAccountPlan(
  w: PdfWriter,
  participant: ParticipantAnswers,
  account: AccountAnswers,
  generatedAt: string,
): void {
  const plan = readAccountPlan(participant, account);
  w.newPage();
  w.markSection(`Account relationship plan · ${account.name}`, 1);
  w.write('ACCOUNT RELATIONSHIP PLAN', {
    style: 'bold',
    size: sizes.label,
    color: colors.accent,
    tracked: true,
  });
  w.space(3);
  w.write(w.fitLine(account.name, 'bold', sizes.h1, w.width), {
    style: 'bold',
    size: sizes.h1,
    color: colors.ink,
    lineGap: 0,
  });
  w.write(
    w.fitLine(
      `${participant.name} · ${formatLongDate(generatedAt)}`,
      'regular',
      sizes.small,
      w.width,
    ),
    {
      size: sizes.small,
      color: colors.muted,
    },
  );
  w.space(10);
  drawStanding(w, plan);
  drawActions(w, plan, w.bottom - w.y - LOWER_BLOCKS, generatedAt.slice(0, 10));
  drawWhatItShows(w, plan);
  drawProgress(w, plan);
}
