import type { ComponentType } from 'react';
import type { ExerciseDefinition, ExerciseLetter } from '../../shared/course/exercises';
import type { ResultsByKind } from '../../shared/kinds/room-results';
import type { AnswerOf, KindName, ModelOf } from '../../shared/kinds/answer-kinds';
import type { Account, Participant } from '../../shared/schemas/workshop';

/** What the exercise page gives the screen of one exercise of a kind. */
export interface ExerciseScreenProps<K extends KindName> {
  definition: ExerciseDefinition<K, ExerciseLetter>;
  workshopId: string;
  participant: Participant;
  /** The key account, for exercises answered per account; null for the others. */
  account: Account | null;
  answer: AnswerOf<K>;
  onChange(next: AnswerOf<K>): void;
  /** Whether the model answer or debrief may be shown: never render it otherwise. */
  revealed: boolean;
  /** The workshop's exercises by letter, title and kind, for a screen that refers to others. */
  exercises: ReadonlyArray<ExerciseSummary>;
}

/** An exercise as another screen names it. */
export interface ExerciseSummary {
  letter: ExerciseLetter;
  title: string;
  kind: KindName;
}

export type ExerciseScreen<K extends KindName> = ComponentType<ExerciseScreenProps<K>>;

/** What the presenter shows once an exercise of a kind is revealed: its model answer or debrief. */
export type ModelSlide<K extends KindName> = ComponentType<{ definition: ExerciseDefinition<K> }>;

/** Something a kind shows with the questions, on the presenter and the learner's page alike. */
export type PromptFigure<K extends KindName> = ComponentType<{ definition: ExerciseDefinition<K> }>;

/** The room's results for an exercise of a kind, on the console and the projector. */
export type ResultsView<K extends KindName> = ComponentType<{
  definition: ExerciseDefinition<K>;
  results: ResultsByKind[K];
  /** How many answered: what shares are counted against. */
  answered: number;
  /** Whether the model answer may be shown beside the results (always on the console). */
  showModel: boolean;
  /** Fewer lines, for the console's side. */
  compact?: boolean;
}>;
/** What the content editor gives a kind's model-answer editor: the model as the workshop has it. */
export interface ModelEditorProps<K extends KindName> {
  definition: ExerciseDefinition<K>;
  model: ModelOf<K>;
  /** Where the model sits in the workshop's changes, to show a problem at its field. */
  path: string;
  onChange(next: ModelOf<K>): void;
}

/** The trainer's editor of an exercise's model answer or debrief, in the shape of its kind. */
export type ModelEditor<K extends KindName> = ComponentType<ModelEditorProps<K>>;
