import type { ExerciseDefinition, ModelItem } from '../../../../shared/course/exercises';
import type { AnswerPayload } from '../../../../shared/exercises/answer-payloads';
import { label, listItem, notAnswered, paragraph } from '../blocks';
import { filledItems } from '../answer-state';
import { colors } from '../theme';
import type { PdfWriter } from '../writer';
import { exerciseOpening, matchLegend } from './exercise-opening';

interface Match {
  itemId: string;
  modelId: string;
}

/** The learner's items, numbered, each with the model idea they matched it to. */
function learnerItems(
  w: PdfWriter,
  items: ReadonlyArray<{ id: string; text: string }>,
  matches: readonly Match[],
  model: readonly ModelItem[],
): void {
  const filled = filledItems(items);
  if (filled.length === 0) {
    notAnswered(w);
    return;
  }
  filled.forEach((item, i) => {
    const modelId = matches.find((m) => m.itemId === item.id)?.modelId;
    const modelText = model.find((m) => m.id === modelId)?.text;
    listItem(
      w,
      item.text,
      { kind: 'number', n: i + 1 },
      modelText ? { note: `Matches: ${modelText}` } : {},
    );
  });
}

/** Model ideas, each marked as matched by one of the learner's items or not. */
function modelItems(w: PdfWriter, model: readonly ModelItem[], matches: readonly Match[]): void {
  const matched = new Set(matches.map((m) => m.modelId));
  for (const item of model) {
    listItem(w, item.text, { kind: matched.has(item.id) ? 'matched' : 'missed' });
  }
  matchLegend(w, model.filter((m) => matched.has(m.id)).length, model.length);
}

/** Exercises A and B: the learner's list, then the model answer with matches marked. */
export function drawListExercise(
  w: PdfWriter,
  exercise: ExerciseDefinition,
  answer: AnswerPayload<'A'>,
): void {
  exerciseOpening(w, exercise);
  label(w, 'Your answers');
  learnerItems(
    w,
    answer.items,
    answer.matches,
    exercise.model.kind === 'list' ? exercise.model.items : [],
  );
  if (exercise.model.kind !== 'list') return;
  w.space(10);
  label(w, 'Model answer');
  paragraph(w, exercise.model.intro, { color: colors.muted });
  modelItems(w, exercise.model.items, answer.matches);
  paragraph(w, exercise.model.theme, { italic: true, color: colors.accentDark });
}

const suitableLabels = { yes: 'Yes', no: 'No', depends: 'It depends' } as const;

/** Exercise E: good and bad lists, the learner's verdict, then the model with matches. */
export function drawProsAndConsExercise(
  w: PdfWriter,
  exercise: ExerciseDefinition,
  answer: AnswerPayload<'E'>,
): void {
  exerciseOpening(w, exercise);
  const model = exercise.model.kind === 'pros-and-cons' ? exercise.model : null;
  label(w, 'What is good about basic relationships');
  learnerItems(w, answer.positives, answer.matches, model?.positives ?? []);
  w.space(6);
  label(w, 'What is bad about them');
  learnerItems(w, answer.negatives, answer.matches, model?.negatives ?? []);
  w.space(6);
  label(w, 'Is a basic relationship suitable in KAM?');
  if (answer.suitable === null && answer.reason.trim() === '') {
    notAnswered(w);
  } else {
    paragraph(w, answer.suitable ? suitableLabels[answer.suitable] : 'No view given', {
      color: colors.ink,
    });
    if (answer.reason.trim() !== '') paragraph(w, answer.reason);
  }
  if (!model) return;
  w.space(10);
  label(w, 'Model answer');
  paragraph(w, model.intro, { color: colors.muted });
  label(w, 'Good');
  modelItems(w, model.positives, answer.matches);
  label(w, 'Bad');
  modelItems(w, model.negatives, answer.matches);
  paragraph(w, model.conclusion, { italic: true, color: colors.accentDark });
}
