import type { CourseExercise } from '../../../../shared/course/exercises';
import { enteredByLabels } from '../../../../shared/exercises/entered-by';
import type { ParticipantAnswers, SummaryData } from '../document-data';
import type { PdfWriter } from '../writer';
import { exerciseOpening } from '../workbook/exercise-opening';
import { entriesOf, sectionsOf } from './kind-sections';

/**
 * Whether the trainer typed the participant's answer (or, for an exercise about an account,
 * which accounts' answers) in on their behalf: the line the workbook says so with, or null.
 */
export function enteredByTrainerNote(
  exercise: CourseExercise,
  participant: ParticipantAnswers,
): string | null {
  const label = enteredByLabels.trainer;
  if (exercise.owner === 'participant') {
    return participant.enteredBy[exercise.letter] === 'trainer' ? `${label}.` : null;
  }
  const accounts = participant.accounts.filter((a) => a.enteredBy[exercise.letter] === 'trainer');
  if (accounts.length === 0) return null;
  if (accounts.length === participant.accounts.length) return `${label}.`;
  return `${label}: ${accounts.map((a) => a.name).join(', ')}.`;
}

/** A workbook's chapter on one exercise: its opening, then its kind's section. */
export async function drawWorkbookExercise(
  w: PdfWriter,
  exercise: CourseExercise,
  participant: ParticipantAnswers,
): Promise<void> {
  exerciseOpening(w, exercise, enteredByTrainerNote(exercise, participant));
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
