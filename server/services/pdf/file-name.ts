import type { ExportKind } from '../../../shared/api/commands/exports';
import type { CourseExercise } from '../../../shared/course/exercises';

/** Characters some file system refuses in a name. */
const UNSAFE = new Set(['\\', '/', ':', '*', '?', '"', '<', '>', '|']);

function clean(part: string, max: number): string {
  const cleaned = Array.from(part)
    .map((c) => (UNSAFE.has(c) || (c.codePointAt(0) ?? 0) < 0x20 || c === '\u007f' ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(cleaned);
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : cleaned;
}

/** The name a downloaded or saved export gets, e.g. "Workbook - Ana - Spring workshop.pdf". */
export function exportFileName(
  kind: Extract<ExportKind, 'workbook' | 'summary'>,
  workshopTitle: string,
  participantName?: string,
): string {
  const workshop = clean(workshopTitle, 80) || 'Workshop';
  if (kind === 'summary') return `Workshop summary - ${workshop}.pdf`;
  return `Workbook - ${clean(participantName ?? '', 60) || 'Participant'} - ${workshop}.pdf`;
}

/** The name of an exercise's answers as a spreadsheet, e.g. "Answers A - Customer expectations - Spring.csv". */
export function answersFileName(
  exercise: Pick<CourseExercise, 'letter' | 'title'>,
  workshopTitle: string,
): string {
  const workshop = clean(workshopTitle, 80) || 'Workshop';
  return `Answers ${exercise.letter} - ${clean(exercise.title, 60)} - ${workshop}.csv`;
}
