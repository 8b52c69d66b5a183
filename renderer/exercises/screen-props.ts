import type { ComponentType } from 'react';
import type { ExerciseDefinition } from '../../shared/course/exercises';
import type { AnswerPayload } from '../../shared/exercises/answer-payloads';
import type { ExerciseLetter } from '../../shared/exercises/letters';
import type { Account, Participant } from '../../shared/schemas/workshop';

/** What the exercise page gives the screen of one exercise. */
export interface ExerciseScreenProps<L extends ExerciseLetter> {
  definition: ExerciseDefinition;
  workshopId: string;
  participant: Participant;
  /** The key account, for C, D and G; null for the others. */
  account: Account | null;
  answer: AnswerPayload<L>;
  onChange(next: AnswerPayload<L>): void;
  /** Whether the model answer or debrief may be shown: never render it otherwise. */
  revealed: boolean;
}

export type ExerciseScreen<L extends ExerciseLetter> = ComponentType<ExerciseScreenProps<L>>;
