/** The shape of one step of the module's flow, and how an exercise becomes a step. */
import type { ExerciseLetter } from '../exercises/letters';
import { exerciseByLetter, type CourseExercise } from './exercises';

/** What a step is, which decides how it is laid out. */
export type StepKind = 'title' | 'agenda' | 'content' | 'exercise' | 'summary' | 'close';

/** 0 is the opening, 1–3 the module's sections, 4 the close. */
export type SectionNumber = 0 | 1 | 2 | 3 | 4;

/** One step of the session: a slide, or an exercise with its pause and reveal. */
export interface FlowStep {
  id: string;
  kind: StepKind;
  section: SectionNumber;
  title: string;
  /** What the room sees: short, projector-sized lines. */
  points: readonly string[];
  /** The trainer's notes: shown on the console, never on the presenter. */
  notes: string;
  plannedMs: number;
  exercise?: ExerciseLetter;
}

/** Minutes as milliseconds, as step durations are written. */
export const minutes = (n: number): number => n * 60_000;

/** Time after an exercise's countdown for comparing answers with the model answer. */
export const DEBRIEF_MS = minutes(5);

/** A step for an exercise: its questions on the slide, its countdown plus a debrief. */
export function exerciseStep(
  letter: ExerciseLetter,
  section: SectionNumber,
  notes: string,
): FlowStep {
  return exerciseStepOf(exerciseByLetter(letter), section, notes);
}

/** The step of an exercise as defined (the course's, or a workshop's own version of it). */
export function exerciseStepOf(
  definition: Pick<CourseExercise, 'letter' | 'title' | 'questions' | 'defaultDurationMs'>,
  section: SectionNumber,
  notes: string,
): FlowStep {
  // A two-minute exercise gets a shorter debrief: the answer is one stage and a reason.
  const debrief = definition.defaultDurationMs < DEBRIEF_MS ? DEBRIEF_MS / 2 : DEBRIEF_MS;
  return {
    id: `exercise-${definition.letter.toLowerCase()}`,
    kind: 'exercise',
    section,
    title: definition.title,
    points: definition.questions,
    notes,
    plannedMs: definition.defaultDurationMs + debrief,
    exercise: definition.letter,
  };
}
