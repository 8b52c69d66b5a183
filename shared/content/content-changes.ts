/**
 * A trainer's own version of the module for one workshop: changes over the course's content
 * (timings, notes, questions, hints, model answers), the run of show's order and skipped
 * steps, and slides of their own. Anything not changed is the course's.
 */
import { z } from 'zod';
import { exercises, type ExerciseLetter, type KindOfLetter } from '../course/exercises';
import { moduleSteps } from '../course/flow';
import { MAX_DURATION_MS } from '../domain/timer';
import { kindOf, type ModelOf } from '../kinds/answer-kinds';

/** The longest question, hint, point or title a trainer can write. */
export const MAX_CONTENT_LINE_CHARS = 600;
/** The longest trainer's notes of a step. */
export const MAX_NOTES_CHARS = 4000;
/** The most questions an exercise, or points a slide, can have. */
export const MAX_POINTS = 20;
/** The most slides of their own a trainer can add to a workshop. */
export const MAX_OWN_SLIDES = 40;

/** A step of the run of show: a course step's id or an own slide's. */
export const StepId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/, 'Use lower-case letters, digits or -');

const Line = z
  .string()
  .trim()
  .min(1, 'Write something, or remove the line')
  .max(MAX_CONTENT_LINE_CHARS, `Keep it under ${MAX_CONTENT_LINE_CHARS} characters`);
const Notes = z.string().max(MAX_NOTES_CHARS, `Keep notes under ${MAX_NOTES_CHARS} characters`);
const Duration = z.int().min(0).max(MAX_DURATION_MS);

/** A course step as the trainer changed it. */
export const StepChange = z.strictObject({
  plannedMs: Duration.optional(),
  notes: Notes.optional(),
});
export type StepChange = z.infer<typeof StepChange>;

/** An exercise as the trainer changed it; `hint: ''` takes the course's hint away. */
function exerciseChange<M extends z.ZodType>(model: M) {
  return z.strictObject({
    questions: z.array(Line).min(1).max(MAX_POINTS).optional(),
    hint: z.string().trim().max(MAX_CONTENT_LINE_CHARS).optional(),
    durationMs: Duration.optional(),
    model: model.optional(),
  });
}

/** The change to the exercise with letter L: its model answer in the shape of its kind. */
export interface ExerciseChange<L extends ExerciseLetter = ExerciseLetter> {
  questions?: string[];
  hint?: string;
  durationMs?: number;
  model?: ModelOf<KindOfLetter<L>>;
}

/** Changes to the course's exercises, by letter. */
export type ExerciseChanges = { [L in ExerciseLetter]?: ExerciseChange<L> };

const ExerciseChangesSchema = z.strictObject(
  Object.fromEntries(
    exercises.map((e) => [e.letter, exerciseChange(kindOf(e.kind).model).optional()]),
  ),
) as unknown as z.ZodType<ExerciseChanges>;

/** A slide of the trainer's own, in a section of the module. */
export const OwnSlide = z.strictObject({
  id: StepId,
  section: z.literal([0, 1, 2, 3, 4]),
  title: Line,
  points: z.array(Line).max(MAX_POINTS),
  notes: Notes,
  plannedMs: Duration,
});
export type OwnSlide = z.infer<typeof OwnSlide>;

const courseStepIds = new Set(moduleSteps.map((step) => step.id));

export const ContentChanges = z
  .strictObject({
    /** The run of show's order by step id; course steps left out keep their course place. */
    order: z.array(StepId).max(500).optional(),
    /** Steps left out of the session (their exercises keep their answers). */
    skipped: z.array(StepId).max(500).default([]),
    steps: z.record(StepId, StepChange).default({}),
    exercises: ExerciseChangesSchema.default({}),
    slides: z.array(OwnSlide).max(MAX_OWN_SLIDES).default([]),
  })
  .superRefine((changes, ctx) => {
    const seen = new Set<string>();
    changes.slides.forEach((slide, i) => {
      if (courseStepIds.has(slide.id) || seen.has(slide.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['slides', i, 'id'],
          message: `"${slide.id}" is already the id of another step`,
        });
      }
      seen.add(slide.id);
    });
  });
export type ContentChanges = z.infer<typeof ContentChanges>;

/** No changes: the course as it is. */
export const noContentChanges: ContentChanges = ContentChanges.parse({});

/** Whether a workshop's content is the course's exactly. */
export function changesNothing(changes: ContentChanges): boolean {
  return (
    changes.order === undefined &&
    changes.skipped.length === 0 &&
    Object.keys(changes.steps).length === 0 &&
    Object.keys(changes.exercises).length === 0 &&
    changes.slides.length === 0
  );
}
