import type { ExerciseLetter } from '../../../../shared/course/exercises';
import type { WorkshopContent } from '../../../../shared/content/resolve-content';
import { elapsedMs } from '../../../../shared/domain/timer';
import { formatDuration } from '../../../../shared/format/durations';
import { plural } from '../../../../shared/format/plural';
import { isAnswered } from '../../../../shared/kinds/answer-kinds';
import type { FacilitationState } from '../../../../shared/schemas/facilitation';
import { chapterHeading, notAnswered, paragraph } from '../blocks';
import type { ParticipantAnswers, SummaryData } from '../document-data';
import { entriesOf } from '../kinds/kind-sections';
import { drawTable } from '../table';
import { colors } from '../theme';
import type { PdfWriter } from '../writer';

/** The letters of the exercises a participant has answered (any account counts). */
function answeredLetters(p: ParticipantAnswers, content: WorkshopContent): string {
  const letters = content.exercises
    .filter((exercise) =>
      entriesOf(exercise, p).some((entry) => isAnswered(exercise.kind, entry.answer)),
    )
    .map((exercise) => exercise.letter);
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
      answeredLetters(p, data.meta.content),
    ]),
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
  const rows = timings(data.facilitation, data.meta.content, Date.parse(data.meta.generatedAt));
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

/** Planned and used time of each exercise's countdown; used is null if never started. */
export function timings(
  state: FacilitationState,
  content: WorkshopContent,
  nowMs: number,
): Array<{ letter: ExerciseLetter; title: string; plannedMs: number; usedMs: number | null }> {
  return content.exercises.map((exercise) => {
    const timer = state.timers[exercise.letter];
    const used = timer ? elapsedMs(timer, nowMs) : 0;
    return {
      letter: exercise.letter,
      title: exercise.title,
      plannedMs: timer?.durationMs ?? exercise.defaultDurationMs,
      usedMs: used > 0 ? used : null,
    };
  });
}
