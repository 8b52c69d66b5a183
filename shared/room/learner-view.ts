/**
 * What a learner's device is sent of the session: the workshop's own steps and exercises
 * without the trainer's notes, model answers only once revealed, and the facilitation state
 * it needs. Built on the host from the workshop's content; nothing else leaves the laptop.
 */
import { z } from 'zod';
import type { WorkshopContent } from '../content/resolve-content';
import type { CourseExercise } from '../course/exercises';
import type { FlowStep, StepKind } from '../course/flow-step';
import { ContactMap } from '../domain/contact-map-model';
import { ExerciseLetter } from '../exercises/letters';
import { answerKinds, type KindName } from '../kinds/answer-kinds';
import type { FacilitationState } from '../schemas/facilitation';
import { TimerState } from '../schemas/facilitation';

const stepKinds = ['title', 'agenda', 'content', 'exercise', 'summary', 'close'] as const;
// The list above is the course's StepKind, spelled out so this file needs no course data.
const sameKinds: [StepKind] extends [(typeof stepKinds)[number]] ? true : false = true;
void sameKinds;

/** A step as the room sees it: what the projector shows, never the trainer's notes. */
export const PublicStep = z.object({
  id: z.string(),
  kind: z.enum(stepKinds),
  title: z.string(),
  points: z.array(z.string()),
  exercise: ExerciseLetter.optional(),
});
export type PublicStep = z.infer<typeof PublicStep>;

const kindNames = Object.keys(answerKinds) as [KindName, ...KindName[]];

/**
 * An exercise as a learner's screen needs it. Only these fields are kept (z.object drops any
 * other), and `model` is null until the trainer reveals it.
 */
export const PublicExercise = z
  .object({
    letter: ExerciseLetter,
    title: z.string(),
    kind: z.enum(kindNames),
    owner: z.enum(['participant', 'account']),
    defaultDurationMs: z.int().min(0),
    questions: z.array(z.string()),
    hint: z.string().optional(),
    task: z.string(),
    model: z.unknown().nullable(),
    sources: z.object({ customer: ExerciseLetter, supplier: ExerciseLetter }).optional(),
    subject: z.string().optional(),
    viewQuestion: z.string().optional(),
    choiceQuestion: z.string().optional(),
    exhibit: z
      .object({
        map: ContactMap,
        caption: z.string(),
        description: z.string(),
        supplierLabel: z.string(),
        customerLabel: z.string(),
      })
      .optional(),
  })
  .superRefine((exercise, ctx) => {
    if (exercise.model === null) return;
    if (!answerKinds[exercise.kind].model.safeParse(exercise.model).success)
      ctx.addIssue({ code: 'custom', path: ['model'], message: 'Not a model answer of its kind' });
  });
export type PublicExercise = z.infer<typeof PublicExercise>;

/** The facilitation state a learner's page follows. */
export const LearnerFacilitation = z.object({
  stepIndex: z.int().min(0),
  revealed: z.array(ExerciseLetter),
  timers: z.partialRecord(ExerciseLetter, TimerState),
  blackScreen: z.boolean(),
  revision: z.int().min(0),
});
export type LearnerFacilitation = z.infer<typeof LearnerFacilitation>;

/** What every learner of a workshop is sent alike: the run of show, exercises and state. */
export const LearnerSession = z.object({
  steps: z.array(PublicStep).min(1),
  exercises: z.array(PublicExercise),
  facilitation: LearnerFacilitation,
  /** Learners may move through the steps on their own. */
  selfPaced: z.boolean(),
  /** The laptop's clock when this was sent (epoch ms): timers count on it, not the device's. */
  serverNow: z.number(),
});
export type LearnerSession = z.infer<typeof LearnerSession>;

function publicStep(step: FlowStep): PublicStep {
  return {
    id: step.id,
    kind: step.kind,
    title: step.title,
    points: [...step.points],
    ...(step.exercise ? { exercise: step.exercise } : {}),
  };
}

function publicExercise(exercise: CourseExercise, revealed: boolean): PublicExercise {
  // Parsing keeps only PublicExercise's fields: anything added to exercises later stays home.
  return PublicExercise.parse({ ...exercise, model: revealed ? exercise.model : null });
}

/** The session as learners see it, from the workshop's content and the host's state. */
export function learnerSession(
  content: WorkshopContent,
  state: FacilitationState,
  selfPaced: boolean,
  serverNow: number,
): LearnerSession {
  return {
    steps: content.steps.map(publicStep),
    exercises: content.exercises.map((e) => publicExercise(e, state.revealed.includes(e.letter))),
    facilitation: {
      stepIndex: Math.min(state.stepIndex, content.steps.length - 1),
      revealed: state.revealed,
      timers: state.timers,
      blackScreen: state.blackScreen,
      revision: state.revision,
    },
    selfPaced,
    serverNow,
  };
}
