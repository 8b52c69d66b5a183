import { z } from 'zod';
import { Id } from '../../schemas/common';
import { ExerciseLetter } from '../../exercises/letters';
import { FacilitationPatch, FacilitationState } from '../../schemas/facilitation';
import { MAX_DURATION_MS } from '../../domain/timer';

/** What the trainer does to an exercise's countdown. */
export const TimerAction = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('start') }),
  z.strictObject({ kind: z.literal('pause') }),
  z.strictObject({ kind: z.literal('reset') }),
  z.strictObject({
    kind: z.literal('adjust'),
    deltaMs: z.int().min(-MAX_DURATION_MS).max(MAX_DURATION_MS),
  }),
  z.strictObject({ kind: z.literal('set'), durationMs: z.int().min(0).max(MAX_DURATION_MS) }),
]);
export type TimerAction = z.infer<typeof TimerAction>;

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
  'facilitation:reveal': {
    input: z.strictObject({ workshopId: Id, exercise: ExerciseLetter, revealed: z.boolean() }),
    output: FacilitationState,
  },
} as const;
