/**
 * The content editor's edits, each a pure change to a workshop's ContentChanges. A change
 * set back to the course's value is taken away, so "Reset to the course's text" and an edit
 * that happens to restore it leave the same changes, and an untouched workshop changes nothing.
 */
import { exerciseByLetter, type ExerciseLetter } from '../course/exercises';
import type { SectionNumber } from '../course/flow';
import {
  type ContentChanges,
  type ExerciseChange,
  type OwnSlide,
  type StepChange,
} from './content-changes';
import { allStepsOf } from './resolve-content';

/** What an own slide starts as. */
const NEW_SLIDE_MS = 5 * 60_000;

function withoutKey<T extends object, K extends keyof T>(object: T, key: K): Omit<T, K> {
  const { [key]: _removed, ...rest } = object;
  return rest;
}

/** Sets one field of a course step's change; `undefined` gives the step the course's again. */
export function changeStep<F extends keyof StepChange>(
  changes: ContentChanges,
  stepId: string,
  field: F,
  value: StepChange[F] | undefined,
): ContentChanges {
  const current: StepChange = changes.steps[stepId] ?? {};
  const unchanged = allStepsOf({ ...changes, steps: withoutKey(changes.steps, stepId) }).find(
    (step) => step.id === stepId,
  );
  const same = unchanged !== undefined && unchanged[field] === value;
  const next =
    value === undefined || same ? withoutKey(current, field) : { ...current, [field]: value };
  const steps =
    Object.keys(next).length === 0
      ? withoutKey(changes.steps, stepId)
      : { ...changes.steps, [stepId]: next };
  return { ...changes, steps };
}

/** Sets one field of an exercise's change; `undefined` gives it the course's again. */
export function changeExercise<L extends ExerciseLetter, F extends keyof ExerciseChange<L>>(
  changes: ContentChanges,
  letter: L,
  field: F,
  value: ExerciseChange<L>[F] | undefined,
): ContentChanges {
  const exercises = changes.exercises as Record<string, ExerciseChange | undefined>;
  const current: ExerciseChange = exercises[letter] ?? {};
  const course = exerciseByLetter(letter) as unknown as Record<string, unknown>;
  const courseValue = field === 'durationMs' ? course.defaultDurationMs : course[field as string];
  const same =
    JSON.stringify(value) === JSON.stringify(courseValue ?? (field === 'hint' ? '' : undefined));
  const next =
    value === undefined || same
      ? withoutKey(current, field as keyof ExerciseChange)
      : { ...current, [field]: value };
  const rest = withoutKey(exercises, letter);
  return {
    ...changes,
    exercises: (Object.keys(next).length === 0
      ? rest
      : { ...rest, [letter]: next }) as ContentChanges['exercises'],
  };
}

/** The run of show's order as ids, or undefined when it is the course's own. */
function orderOrCourse(changes: ContentChanges, ids: string[]): string[] | undefined {
  const course = allStepsOf({ ...changes, order: undefined }).map((step) => step.id);
  return ids.length === course.length && ids.every((id, i) => id === course[i]) ? undefined : ids;
}

function withOrder(changes: ContentChanges, order: string[] | undefined): ContentChanges {
  const { order: _old, ...rest } = changes;
  return order === undefined ? rest : { ...rest, order };
}

/** Moves a step one place earlier (-1) or later (+1) in the run of show; at an end, nothing. */
export function moveStep(changes: ContentChanges, stepId: string, by: -1 | 1): ContentChanges {
  const ids = allStepsOf(changes).map((step) => step.id);
  const from = ids.indexOf(stepId);
  const to = from + by;
  if (from < 0 || to < 0 || to >= ids.length) return changes;
  [ids[from], ids[to]] = [ids[to]!, ids[from]!];
  return withOrder(changes, orderOrCourse(changes, ids));
}

/** The run of show in the course's order again (own slides end their sections). */
export function resetOrder(changes: ContentChanges): ContentChanges {
  return withOrder(changes, undefined);
}

/** Leaves a step out of the session, or takes it back. */
export function skipStep(changes: ContentChanges, stepId: string, skip: boolean): ContentChanges {
  const others = changes.skipped.filter((id) => id !== stepId);
  return { ...changes, skipped: skip ? [...others, stepId] : others };
}

/** Adds an own slide after a step (in that step's section); returns it with the changes. */
export function addSlide(
  changes: ContentChanges,
  after: { id: string; section: SectionNumber },
): { changes: ContentChanges; id: string } {
  const taken = new Set(allStepsOf(changes).map((step) => step.id));
  let n = 1;
  while (taken.has(`own-${n}`)) n++;
  const id = `own-${n}`;
  const slide: OwnSlide = {
    id,
    section: after.section,
    title: 'A slide of my own',
    points: [],
    notes: '',
    plannedMs: NEW_SLIDE_MS,
  };
  const ids = allStepsOf(changes).map((step) => step.id);
  const at = ids.indexOf(after.id);
  ids.splice(at < 0 ? ids.length : at + 1, 0, id);
  const added = { ...changes, slides: [...changes.slides, slide] };
  return { changes: withOrder(added, orderOrCourse(added, ids)), id };
}

/** Changes an own slide's title, points, notes, time or section. */
export function changeSlide(
  changes: ContentChanges,
  id: string,
  patch: Partial<Omit<OwnSlide, 'id'>>,
): ContentChanges {
  return {
    ...changes,
    slides: changes.slides.map((slide) => (slide.id === id ? { ...slide, ...patch } : slide)),
  };
}

/** Removes an own slide from the content, the order and the skipped steps. */
export function removeSlide(changes: ContentChanges, id: string): ContentChanges {
  const removed = {
    ...changes,
    slides: changes.slides.filter((slide) => slide.id !== id),
    skipped: changes.skipped.filter((stepId) => stepId !== id),
  };
  const order = changes.order?.filter((stepId) => stepId !== id);
  return withOrder(removed, order === undefined ? undefined : orderOrCourse(removed, order));
}
