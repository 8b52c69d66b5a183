/**
 * A workshop's content: the course with a trainer's changes applied. Every screen, the
 * presenter, the console, the PDFs and the room read exercises and steps from here.
 */
import { exercises, type CourseExercise, type ExerciseLetter } from '../course/exercises';
import { moduleSteps, type FlowStep } from '../course/flow';
import { exerciseStepOf } from '../course/flow-step';
import { noContentChanges, type ContentChanges, type ExerciseChange } from './content-changes';

export interface WorkshopContent {
  /** Every exercise of the course, in module order, as this workshop has it. */
  exercises: readonly CourseExercise[];
  /** The run of show: the steps in the order the session runs them, skipped ones left out. */
  steps: readonly FlowStep[];
}

function changedExercise(exercise: CourseExercise, change: ExerciseChange | undefined) {
  if (!change) return exercise;
  const { hint: _hint, ...course } = exercise as CourseExercise & { hint?: string };
  const hint = change.hint === undefined ? exercise.hint : change.hint || undefined;
  return {
    ...course,
    ...(hint ? { hint } : {}),
    ...(change.questions ? { questions: change.questions } : {}),
    ...(change.durationMs !== undefined ? { defaultDurationMs: change.durationMs } : {}),
    ...(change.model ? { model: change.model } : {}),
  } as CourseExercise;
}

/**
 * Steps in the trainer's order. A course step the order leaves out follows its course
 * predecessor; an own slide it leaves out ends its section.
 */
function ordered(steps: readonly FlowStep[], order: readonly string[] | undefined): FlowStep[] {
  if (!order) return [...steps];
  const byId = new Map(steps.map((step) => [step.id, step]));
  const result = order.flatMap((id) => {
    const step = byId.get(id);
    byId.delete(id);
    return step ? [step] : [];
  });
  for (const [id, step] of byId) {
    const courseIndex = moduleSteps.findIndex((s) => s.id === id);
    const after =
      courseIndex >= 0
        ? moduleSteps.slice(0, courseIndex).map((s) => result.findIndex((r) => r.id === s.id))
        : result.map((r, i) => (r.section <= step.section ? i : -1));
    const last = Math.max(-1, ...after);
    result.splice(last + 1, 0, step);
  }
  return result;
}

function resolvedExercises(changes: ContentChanges): CourseExercise[] {
  return exercises.map((exercise) =>
    changedExercise(exercise, changes.exercises[exercise.letter] as ExerciseChange | undefined),
  );
}

function everyStep(changes: ContentChanges, resolved: readonly CourseExercise[]): FlowStep[] {
  const byLetter = new Map(resolved.map((e) => [e.letter, e]));
  const course = moduleSteps.map((step): FlowStep => {
    const change = changes.steps[step.id];
    const exercise = step.exercise ? byLetter.get(step.exercise) : undefined;
    const base = exercise ? exerciseStepOf(exercise, step.section, step.notes) : step;
    return {
      ...base,
      ...(change?.plannedMs !== undefined ? { plannedMs: change.plannedMs } : {}),
      ...(change?.notes !== undefined ? { notes: change.notes } : {}),
    };
  });
  const own = changes.slides.map((slide): FlowStep => ({
    id: slide.id,
    kind: 'content',
    section: slide.section,
    title: slide.title,
    points: slide.points,
    notes: slide.notes,
    plannedMs: slide.plannedMs,
  }));
  return ordered([...course, ...own], changes.order);
}

/**
 * Every step in the trainer's order, skipped ones included: what the content editor lists,
 * so a skipped step can be taken back.
 */
export function allStepsOf(changes: ContentChanges): FlowStep[] {
  return everyStep(changes, resolvedExercises(changes));
}

/** The course with a workshop's changes: its exercises and its run of show. */
export function resolveContent(changes: ContentChanges): WorkshopContent {
  const resolved = resolvedExercises(changes);
  const skipped = new Set(changes.skipped);
  const all = everyStep(changes, resolved);
  const kept = all.filter((step) => !skipped.has(step.id));
  // A session always has a step to show: skipping every one would leave the room blank.
  return { exercises: resolved, steps: kept.length > 0 ? kept : all };
}

/** The course as it is, for workshops nobody has changed and for tests. */
export const courseContent: WorkshopContent = resolveContent(noContentChanges);

/** Where an exercise's step is in this workshop's run of show; -1 when it is skipped. */
export function stepIndexOfExerciseIn(content: WorkshopContent, letter: ExerciseLetter): number {
  return content.steps.findIndex((step) => step.exercise === letter);
}

/** The exercise with a letter, as this workshop has it. */
export function exerciseIn<L extends ExerciseLetter>(
  content: WorkshopContent,
  letter: L,
): Extract<CourseExercise, { letter: L }> {
  const found = content.exercises.find((e) => e.letter === letter);
  if (!found) throw new Error(`No exercise ${letter}`);
  return found as Extract<CourseExercise, { letter: L }>;
}

/** The step at an index of the run of show, kept within it so a stale index still shows something. */
export function stepIn(content: WorkshopContent, index: number): FlowStep {
  const clamped = Math.min(Math.max(0, Math.trunc(index)), content.steps.length - 1);
  const step = content.steps[clamped];
  if (!step) throw new Error('The workshop has no steps');
  return step;
}
