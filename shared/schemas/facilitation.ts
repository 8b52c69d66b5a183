import { z } from 'zod';
import { MAX_DURATION_MS, MAX_ELAPSED_MS } from '../domain/timer';
import { ExerciseLetter } from '../exercises/letters';
import { EpochMs } from './common';

/**
 * A countdown kept as timestamps, not ticks: remaining time is computed from the
 * clock whenever it is shown, so it cannot drift. Every field is bounded so that no timer
 * accepted here can overflow however it is later run, paused or adjusted.
 */
export const TimerState = z.strictObject({
  durationMs: z.int().min(0).max(MAX_DURATION_MS),
  /** Epoch ms when it last started running; null while paused or never started. */
  runningSince: EpochMs.nullable(),
  /** Time already used before `runningSince`. */
  elapsedMs: z.int().min(0).max(MAX_ELAPSED_MS),
});
export type TimerState = z.infer<typeof TimerState>;

/** The highest step index accepted; the session clamps it to the module's last step. */
export const MAX_STEP_INDEX = 10_000;

const StepIndex = z.int().min(0).max(MAX_STEP_INDEX);

/** Where the workshop stands in the room: step, timers, what has been revealed. */
export const FacilitationState = z.strictObject({
  stepIndex: StepIndex.default(0),
  revealed: z.array(ExerciseLetter).default([]),
  timers: z.partialRecord(ExerciseLetter, TimerState).default({}),
  blackScreen: z.boolean().default(false),
  hideNames: z.boolean().default(false),
  chimeMuted: z.boolean().default(false),
  autoStartTimer: z.boolean().default(false),
  /** Epoch ms when the session started, for the run of show; absent or null before (optional so older states stay valid). */
  sessionStartedAt: EpochMs.nullable().optional(),
  /**
   * How many changes the host has made to this state. A window keeps the highest it has seen,
   * as a command's reply and the broadcasts of other windows' changes can arrive in any order.
   */
  revision: z.int().min(0).default(0),
});
export type FacilitationState = z.infer<typeof FacilitationState>;

/**
 * The highest revision a workshop file may carry. A revision only grows, by one per change:
 * from here a change every millisecond for a hundred thousand years would still count exactly
 * (below Number.MAX_SAFE_INTEGER), so no imported state can make the next change fail.
 */
export const MAX_IMPORTED_REVISION = 2 ** 52;

/** The facilitation state as a workshop file carries it. */
export const ImportedFacilitationState = FacilitationState.extend({
  revision: z.int().min(0).max(MAX_IMPORTED_REVISION).default(0),
});

/** The state of a workshop nobody has facilitated yet. */
export const initialFacilitationState: FacilitationState = FacilitationState.parse({});

/** A change to some of the facilitation state's fields. */
export const FacilitationPatch = z.strictObject({
  stepIndex: StepIndex.optional(),
  revealed: z.array(ExerciseLetter).optional(),
  timers: z.partialRecord(ExerciseLetter, TimerState).optional(),
  blackScreen: z.boolean().optional(),
  hideNames: z.boolean().optional(),
  chimeMuted: z.boolean().optional(),
  autoStartTimer: z.boolean().optional(),
  sessionStartedAt: EpochMs.nullable().optional(),
});
export type FacilitationPatch = z.infer<typeof FacilitationPatch>;
