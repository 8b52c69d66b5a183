import type { CourseExercise } from '../../../../shared/course/exercises';
import type { ParticipantAnswers, SummaryData } from '../document-data';
import type { PdfWriter } from '../writer';
import { exerciseOpening } from '../workbook/exercise-opening';
import { entriesOf, sectionsOf } from './kind-sections';

/** A workbook's chapter on one exercise: its opening, then its kind's section. */
export async function drawWorkbookExercise(
  w: PdfWriter,
  exercise: CourseExercise,
  participant: ParticipantAnswers,
): Promise<void> {
  exerciseOpening(w, exercise);
  await sectionsOf(exercise.kind).workbook(w, exercise, entriesOf(exercise, participant));
}

/** The summary's chapter on one exercise: everyone's answers, through its kind's section. */
export function drawSummaryExercise(
  w: PdfWriter,
  exercise: CourseExercise,
  data: SummaryData,
): void {
  const entries = data.participants.flatMap((participant) => entriesOf(exercise, participant));
  sectionsOf(exercise.kind).summary(w, exercise, entries, data);
}
