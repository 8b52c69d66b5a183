import type { ExerciseDefinition } from '../../../../shared/course/exercises';
import { briefBox, chapterHeading, drawMark, paragraph } from '../blocks';
import { colors, sizes } from '../theme';
import type { PdfWriter } from '../writer';

/** An exercise's first page: its heading, the brief, and who entered the answers if not the learner. */
export function exerciseOpening(
  w: PdfWriter,
  exercise: ExerciseDefinition,
  enteredNote: string | null = null,
): void {
  chapterHeading(w, `Exercise ${exercise.letter}`, exercise.title);
  briefBox(w, [...exercise.questions, exercise.task], exercise.hint);
  if (enteredNote) paragraph(w, enteredNote, { italic: true, color: colors.muted });
}

/** The height the key to the match marks takes. */
export const MATCH_LEGEND_HEIGHT = 20;

/** The key to the match marks, set under a model answer. */
export function matchLegend(w: PdfWriter, matched: number, total: number): void {
  w.ensureSpace(MATCH_LEGEND_HEIGHT);
  const y = w.y;
  const x = w.left;
  drawMark(w, x, y + 1, true);
  w.place('matched by one of your answers', x + 13, y, { size: sizes.small, color: colors.muted });
  const second = x + 13 + w.widthOf('matched by one of your answers', 'regular', sizes.small) + 16;
  drawMark(w, second, y + 1, false);
  w.place('not among your answers', second + 13, y, { size: sizes.small, color: colors.muted });
  w.place(`${matched} of ${total} matched`, x, y, {
    size: sizes.small,
    style: 'bold',
    color: colors.accent,
    width: w.width,
    align: 'right',
  });
  w.space(MATCH_LEGEND_HEIGHT - 2);
}
