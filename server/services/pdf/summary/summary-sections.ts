import { stageInfo } from '../../../../shared/course/stages';
import { patternInfo, verdictLabels } from '../../../../shared/domain/contact-map';
import { stages, type Stage } from '../../../../shared/domain/stage';
import { chapterHeading, heading2, notAnswered, paragraph } from '../blocks';
import {
  listAnswered,
  mapAnswered,
  prosAndConsAnswered,
  scoresAnswered,
  stageChoiceAnswered,
  topThreeAnswered,
} from '../answer-state';
import { drawStageDistribution } from '../charts';
import type { ParticipantAnswers, SummaryData } from '../document-data';
import { formatDuration, formatShortDate, plural } from '../format';
import { drawTable, type Cell } from '../table';
import { colors, stageColors } from '../theme';
import type { PdfWriter } from '../writer';
import { verdictColors } from '../workbook/map-section';
import {
  accountsWithOwners,
  currentStage,
  mapDiagnosis,
  tallyIdeas,
  tallyPicks,
  texts,
  timings,
  type Tally,
} from './aggregate';

/** Most ideas listed in a table; the rest are counted in a line under it. */
const MAX_IDEAS = 40;

function answeredLetters(p: ParticipantAnswers): string {
  const letters = [
    listAnswered(p.a) && 'A',
    listAnswered(p.b) && 'B',
    p.accounts.some((a) => topThreeAnswered(a.c)) && 'C',
    p.accounts.some((a) => scoresAnswered(a.d) || a.scorings.length > 0) && 'D',
    prosAndConsAnswered(p.e) && 'E',
    stageChoiceAnswered(p.f) && 'F',
    p.accounts.some((a) => mapAnswered(a.g)) && 'G',
  ].filter((l): l is string => typeof l === 'string');
  return letters.length === 0 ? 'none yet' : letters.join(' ');
}

/** Who took part and the key accounts each worked on. */
export function drawParticipants(w: PdfWriter, data: SummaryData): void {
  chapterHeading(w, '', 'Participants and accounts');
  const n = data.participants.length;
  const accounts = data.participants.reduce((sum, p) => sum + p.accounts.length, 0);
  paragraph(w, `${plural(n, 'participant')} worked on ${plural(accounts, 'key account')}.`, {
    color: colors.muted,
  });
  if (n === 0) return notAnswered(w, 'Nobody has joined this workshop yet');
  drawTable(
    w,
    [
      { header: 'Participant', weight: 2.4 },
      { header: 'Key accounts', weight: 3.6 },
      { header: 'Exercises answered', weight: 1.8 },
    ],
    data.participants.map((p) => [
      { text: p.name, style: 'bold' },
      p.accounts.length === 0
        ? { text: 'none', muted: true }
        : p.accounts.map((a) => a.name).join(', '),
      answeredLetters(p),
    ]),
    { zebra: true },
  );
}

function ideasTable(w: PdfWriter, tallies: readonly Tally[], total: number): void {
  if (tallies.length === 0) return notAnswered(w, 'Nobody has answered yet');
  const shown = tallies.slice(0, MAX_IDEAS);
  drawTable(
    w,
    [
      { header: '#', weight: 0.5, align: 'center' },
      { header: 'Item', weight: 6 },
      { header: 'Participants', weight: 1.5, align: 'right' },
    ],
    shown.map((t, i) => [String(i + 1), t.text, { text: `${t.count} of ${total}`, style: 'bold' }]),
    { zebra: true },
  );
  if (tallies.length > shown.length) {
    paragraph(w, `${plural(tallies.length - shown.length, 'further item')} mentioned less often.`, {
      italic: true,
      color: colors.muted,
    });
  }
}

/** A and B across the group, most frequent first. */
export function drawExpectations(w: PdfWriter, data: SummaryData, letter: 'A' | 'B'): void {
  chapterHeading(
    w,
    `Exercise ${letter}`,
    letter === 'A'
      ? 'Customer expectations across the group'
      : 'Supplier expectations across the group',
  );
  paragraph(
    w,
    'Each item is counted once per participant who wrote it; differences of case and spacing are ignored.',
    { color: colors.muted },
  );
  const lists = data.participants.map((p) => texts(letter === 'A' ? p.a.items : p.b.items));
  ideasTable(w, tallyIdeas(lists), data.participants.length);
}

/** C's most chosen requirements on each side. */
export function drawTopThrees(w: PdfWriter, data: SummaryData): void {
  chapterHeading(w, 'Exercise C', 'Top three requirements, most chosen');
  const accounts = accountsWithOwners(data.participants).map((x) => x.account);
  for (const [side, title] of [
    ['customer', 'The customer’s requirements'],
    ['supplier', 'Your organisation’s requirements'],
  ] as const) {
    heading2(w, title);
    const tallies = tallyPicks(accounts, side);
    if (tallies.length === 0) {
      notAnswered(w, 'Nothing chosen yet');
      continue;
    }
    drawTable(
      w,
      [
        { header: 'Requirement', weight: 6 },
        { header: 'Chosen', weight: 1.2, align: 'right' },
        { header: 'Mean rank', weight: 1.3, align: 'right' },
      ],
      tallies
        .slice(0, MAX_IDEAS)
        .map((t) => [
          t.text,
          { text: String(t.count), style: 'bold' },
          (t.averageRank ?? 0).toFixed(1),
        ]),
      { zebra: true },
    );
  }
}

/** D: each account's stage, and how the accounts are spread over the stages. */
export function drawStages(w: PdfWriter, data: SummaryData): void {
  chapterHeading(w, 'Exercise D', 'Relationship stages by account');
  const rows = accountsWithOwners(data.participants);
  if (rows.length === 0) return notAnswered(w, 'No key account has been added');
  const counts = Object.fromEntries(stages.map((s) => [s, 0])) as Record<Stage, number>;
  const cells: Cell[][] = rows.map(({ participant, account }) => {
    const current = currentStage(account);
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
}

/** G: each account's contact-map pattern and verdict. */
export function drawPatterns(w: PdfWriter, data: SummaryData): void {
  chapterHeading(w, 'Exercise G', 'Contact-map patterns by account');
  const rows = accountsWithOwners(data.participants);
  if (rows.length === 0) return notAnswered(w, 'No key account has been added');
  drawTable(
    w,
    [
      { header: 'Participant', weight: 2 },
      { header: 'Account', weight: 2 },
      { header: 'People', weight: 0.9, align: 'right' },
      { header: 'Contacts', weight: 1, align: 'right' },
      { header: 'Pattern', weight: 3 },
      { header: 'Verdict', weight: 1.3 },
    ],
    rows.map(({ participant, account }) => {
      const d = mapDiagnosis(account);
      if (!d)
        return [
          participant.name,
          account.name,
          { text: '—', muted: true },
          { text: '—', muted: true },
          { text: 'No map drawn', muted: true },
          '',
        ];
      return [
        participant.name,
        account.name,
        String(account.g.people.length),
        String(d.metrics.contactCount),
        { text: patternInfo[d.pattern].label, style: 'bold' },
        { text: verdictLabels[d.verdict], color: verdictColors[d.verdict], style: 'bold' },
      ];
    }),
    { zebra: true },
  );
}

/** The workshop's timings: each exercise's planned and used time. */
export function drawTimings(w: PdfWriter, data: SummaryData): void {
  chapterHeading(w, '', 'Timings');
  paragraph(
    w,
    'Planned time is each countdown as set; used time is how long it ran, pauses excluded.',
    { color: colors.muted },
  );
  const rows = timings(data.facilitation, Date.parse(data.meta.generatedAt));
  drawTable(
    w,
    [
      { header: 'Exercise', weight: 3.5 },
      { header: 'Planned', weight: 1.2, align: 'right' },
      { header: 'Used', weight: 1.2, align: 'right' },
      { header: 'Difference', weight: 1.3, align: 'right' },
    ],
    rows.map((r) => {
      const diff = r.usedMs === null ? null : r.usedMs - r.plannedMs;
      return [
        `${r.letter} · ${r.title}`,
        formatDuration(r.plannedMs),
        r.usedMs === null ? { text: 'not run', muted: true } : formatDuration(r.usedMs),
        diff === null
          ? { text: '—', muted: true }
          : {
              text: `${diff > 0 ? '+' : diff < 0 ? '−' : ''}${formatDuration(Math.abs(diff))}`,
              color: diff > 0 ? colors.negative : colors.positive,
            },
      ];
    }),
  );
}
