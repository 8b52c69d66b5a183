import { z } from 'zod';
import { ExerciseLetter } from '../exercises/letters';

/**
 * A countdown kept as timestamps, not ticks: remaining time is computed from the
 * clock whenever it is shown, so it cannot drift.
 */
export const TimerState = z.strictObject({
  durationMs: z
    .int()
    .min(0)
    .max(24 * 60 * 60 * 1000),
  /** Epoch ms when it last started running; null while paused or never started. */
  runningSince: z.number().int().min(0).nullable(),
  /** Time already used before `runningSince`. */
  elapsedMs: z.int().min(0),
});
export type TimerState = z.infer<typeof TimerState>;

/** Where the workshop stands in the room: step, timers, what has been revealed. */
export const FacilitationState = z.strictObject({
  stepIndex: z.int().min(0).default(0),
  revealed: z.array(ExerciseLetter).default([]),
  timers: z.partialRecord(ExerciseLetter, TimerState).default({}),
  blackScreen: z.boolean().default(false),
  hideNames: z.boolean().default(false),
  chimeMuted: z.boolean().default(false),
  autoStartTimer: z.boolean().default(false),
  /** Epoch ms when the session started, for the run of show; absent or null before (optional so older states stay valid). */
  sessionStartedAt: z.number().int().min(0).nullable().optional(),
  /**
   * How many changes the host has made to this state. A window keeps the highest it has seen,
   * as a command's reply and the broadcasts of other windows' changes can arrive in any order.
   */
  revision: z.int().min(0).default(0),
});
export type FacilitationState = z.infer<typeof FacilitationState>;

/** The state of a workshop nobody has facilitated yet. */
export const initialFacilitationState: FacilitationState = FacilitationState.parse({});

/** A change to some of the facilitation state's fields. */
export const FacilitationPatch = z.strictObject({
  stepIndex: z.int().min(0).optional(),
  revealed: z.array(ExerciseLetter).optional(),
  timers: z.partialRecord(ExerciseLetter, TimerState).optional(),
  blackScreen: z.boolean().optional(),
  hideNames: z.boolean().optional(),
  chimeMuted: z.boolean().optional(),
  autoStartTimer: z.boolean().optional(),
  sessionStartedAt: z.number().int().min(0).nullable().optional(),
});
export type FacilitationPatch = z.infer<typeof FacilitationPatch>;
