/**
 * The module's flow: every step of the guided session in order, as course data. The
 * presenter shows a step's title and points; only the trainer's console shows its notes.
 */
import type { ExerciseLetter } from '../exercises/letters';
import { closeSteps, introSteps } from './flow-frame';
import { sectionOneSteps } from './flow-section-1';
import { sectionTwoSteps } from './flow-section-2';
import { sectionThreeSteps } from './flow-section-3';
import type { FlowStep, SectionNumber } from './flow-step';

export type { FlowStep, SectionNumber, StepKind } from './flow-step';
export { DEBRIEF_MS } from './flow-step';

/** The sections' names, as the agenda gives them (0 and 4 frame the module). */
export const sectionTitles: Readonly<Record<SectionNumber, string>> = {
  0: 'Introduction',
  1: 'Relationships: what and why?',
  2: 'Relationship drivers',
  3: 'Key account relationship stages',
  4: 'Following this session',
};

/** Every step of the module, in the order the session runs. */
export const moduleSteps: readonly FlowStep[] = [
  ...introSteps,
  ...sectionOneSteps,
  ...sectionTwoSteps,
  ...sectionThreeSteps,
  ...closeSteps,
];

/** The whole session's planned length: the sum of its steps. */
export function totalPlannedMs(steps: readonly FlowStep[] = moduleSteps): number {
  return steps.reduce((sum, step) => sum + step.plannedMs, 0);
}

/** When each step is planned to start, from the session's start: a run of show. */
export function plannedStartsMs(steps: readonly FlowStep[] = moduleSteps): number[] {
  let elapsed = 0;
  return steps.map((step) => {
    const start = elapsed;
    elapsed += step.plannedMs;
    return start;
  });
}

/** Where an exercise's step is in the flow. */
export function stepIndexOfExercise(letter: ExerciseLetter): number {
  const index = moduleSteps.findIndex((step) => step.exercise === letter);
  if (index < 0) throw new Error(`Exercise ${letter} has no step in the flow`);
  return index;
}

/** The step at an index, kept within the flow so a stale index still shows something. */
export function stepAt(index: number): FlowStep {
  const clamped = Math.min(Math.max(0, Math.trunc(index)), moduleSteps.length - 1);
  const step = moduleSteps[clamped];
  if (!step) throw new Error('The module has no steps');
  return step;
}
