/**
 * One exercise's answers as a table: who gave each answer, then the columns of its kind
 * (shared/spreadsheet/kinds). What the CSV export writes, row for row.
 */
import type { CourseExercise, ExerciseDefinition } from '../course/exercises';
import type { EnteredBy } from '../exercises/entered-by';
import type { AnswerOf, KindName } from '../kinds/answer-kinds';
import type { SavedScoring } from '../kinds/stage-scores';
import { contactMapSheet } from './kinds/contact-map';
import { listSheet } from './kinds/list';
import { prosAndConsSheet } from './kinds/pros-and-cons';
import { stageChoiceSheet } from './kinds/stage-choice';
import { stageScoresSheet } from './kinds/stage-scores';
import { topThreeSheet } from './kinds/top-three';

/** One answer to an exercise, with whose it is. */
export interface SheetEntry<K extends KindName> {
  participant: string;
  /** The key account it is about, for exercises answered per account. */
  account: string | null;
  answer: AnswerOf<K>;
  /** Who saved it; null when nothing was ever saved. */
  enteredBy: EnteredBy | null;
  /** The account's saved stage scorings, newest first (exercise D reads them). */
  scorings: readonly SavedScoring[];
}

/** How the sheet is made: with private notes (reflections, reasons) or without. */
export interface SheetOptions {
  clientSafe: boolean;
}

/** A kind's columns, and the rows of one answer (one, or one per item of a list). */
export interface KindSheet<K extends KindName> {
  columns(exercise: ExerciseDefinition<K>, options: SheetOptions): string[];
  rows(exercise: ExerciseDefinition<K>, entry: SheetEntry<K>, options: SheetOptions): string[][];
}

const sheetsByKind: { readonly [K in KindName]: KindSheet<K> } = {
  list: listSheet,
  'top-three': topThreeSheet,
  'stage-scores': stageScoresSheet,
  'pros-and-cons': prosAndConsSheet,
  'stage-choice': stageChoiceSheet,
  'contact-map': contactMapSheet,
};

const enteredByWords: Readonly<Record<EnteredBy, string>> = {
  trainer: 'Trainer',
  learner: 'Learner',
};

/** The header and rows of an exercise's answers, in the order the entries are given. */
export function answerSheet<K extends KindName>(
  exercise: CourseExercise & ExerciseDefinition<K>,
  entries: ReadonlyArray<SheetEntry<K>>,
  options: SheetOptions,
): string[][] {
  const sheet = sheetsByKind[exercise.kind as K] as KindSheet<K>;
  const perAccount = exercise.owner === 'account';
  const who = ['Participant', ...(perAccount ? ['Account'] : []), 'Entered by'];
  const rows = entries.flatMap((entry) => {
    const lead = [
      entry.participant,
      ...(perAccount ? [entry.account ?? ''] : []),
      entry.enteredBy ? enteredByWords[entry.enteredBy] : '',
    ];
    return sheet.rows(exercise, entry, options).map((row) => [...lead, ...row]);
  });
  return [[...who, ...sheet.columns(exercise, options)], ...rows];
}
