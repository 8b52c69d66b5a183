import { z } from 'zod';
import { Id } from '../../schemas/common';
import { ExerciseLetter } from '../../exercises/letters';
import { FacilitationPatch, FacilitationState, MAX_STEP_INDEX } from '../../schemas/facilitation';
import { MAX_DURATION_MS } from '../../domain/timer';

/** What the trainer does to an exercise's countdown. */
export const TimerAction = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('start') }),
  z.strictObject({ kind: z.literal('pause') }),
  z.strictObject({ kind: z.literal('toggle') }),
  z.strictObject({ kind: z.literal('reset') }),
  z.strictObject({
    kind: z.literal('adjust'),
    deltaMs: z.int().min(-MAX_DURATION_MS).max(MAX_DURATION_MS),
  }),
  z.strictObject({ kind: z.literal('set'), durationMs: z.int().min(0).max(MAX_DURATION_MS) }),
]);
export type TimerAction = z.infer<typeof TimerAction>;

/** A move through the module's steps, applied by the host to the state it holds. */
export const SessionMove = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('by'),
    steps: z.int().min(-MAX_STEP_INDEX).max(MAX_STEP_INDEX),
  }),
  z.strictObject({ kind: z.literal('to'), index: z.int().min(0).max(MAX_STEP_INDEX) }),
]);

export const facilitationCommands = {
  'facilitation:get': { input: z.strictObject({ workshopId: Id }), output: FacilitationState },
  'facilitation:update': {
    input: z.strictObject({ workshopId: Id, patch: FacilitationPatch }),
    output: FacilitationState,
  },
  /** Timer actions run on the host's clock, so every window counts down from the same moment. */
  'facilitation:timer': {
    input: z.strictObject({ workshopId: Id, exercise: ExerciseLetter, action: TimerAction }),
    output: FacilitationState,
  },
  /** Next, previous and jumps: relative moves add up even when presses outrun broadcasts. */
  'facilitation:move': {
    input: z.strictObject({ workshopId: Id, move: SessionMove }),
    output: FacilitationState,
  },
  'facilitation:reveal': {
    input: z.strictObject({ workshopId: Id, exercise: ExerciseLetter, revealed: z.boolean() }),
    output: FacilitationState,
  },
} as const;
