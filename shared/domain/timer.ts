import type { TimerState } from '../schemas/facilitation';

/**
 * The pause-and-reflect countdown as pure functions of timestamps. Nothing counts ticks:
 * what is left is always worked out from the clock, so a slow or sleeping screen
 * cannot make it drift.
 */

export const ONE_MINUTE_MS = 60_000;
/** In its last minute the timer changes colour, so the room sees time running out. */
export const LAST_MINUTE_MS = ONE_MINUTE_MS;
/** Longest countdown the trainer can set. */
export const MAX_DURATION_MS = 3 * 60 * ONE_MINUTE_MS;
/**
 * The most time a timer can have used: ten years, far beyond any session left running, and
 * small enough that adding the time since it started (a moment, MAX_EPOCH_MS at most) stays
 * an exact integer.
 */
export const MAX_ELAPSED_MS = 10 * 365 * 24 * 60 * ONE_MINUTE_MS;

export type TimerPhase = 'ready' | 'running' | 'paused' | 'last-minute' | 'overrun';

/** A new timer of the given duration, not started. */
export function newTimer(durationMs: number): TimerState {
  return { durationMs: clampDuration(durationMs), runningSince: null, elapsedMs: 0 };
}

function clampDuration(ms: number): number {
  return Math.min(MAX_DURATION_MS, Math.max(0, Math.round(ms)));
}

/** Time used so far, however often it was paused. */
export function elapsedMs(timer: TimerState, now: number): number {
  const running = timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince);
  return timer.elapsedMs + running;
}

/** Time left; negative once the countdown has passed zero. */
export function remainingMs(timer: TimerState, now: number): number {
  return timer.durationMs - elapsedMs(timer, now);
}

/** How long past zero it has run; 0 before zero. */
export function overrunMs(timer: TimerState, now: number): number {
  return Math.max(0, -remainingMs(timer, now));
}

export function isRunning(timer: TimerState): boolean {
  return timer.runningSince !== null;
}

/** Where the timer stands, which decides its colour and wording. */
export function timerPhase(timer: TimerState, now: number): TimerPhase {
  const left = remainingMs(timer, now);
  if (timer.elapsedMs === 0 && timer.runningSince === null) return 'ready';
  if (left <= 0) return 'overrun';
  if (!isRunning(timer)) return 'paused';
  return left <= LAST_MINUTE_MS ? 'last-minute' : 'running';
}

/** Starts or resumes; starting a running timer changes nothing. */
export function startTimer(timer: TimerState, now: number): TimerState {
  return isRunning(timer) ? timer : { ...timer, runningSince: now };
}

/** Pauses, keeping the time used (up to MAX_ELAPSED_MS); pausing a paused timer changes nothing. */
export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (!isRunning(timer)) return timer;
  return {
    ...timer,
    runningSince: null,
    elapsedMs: Math.min(MAX_ELAPSED_MS, elapsedMs(timer, now)),
  };
}

/** Back to the full duration, stopped. */
export function resetTimer(timer: TimerState): TimerState {
  return newTimer(timer.durationMs);
}

/** Adds (or with a negative amount removes) time from the countdown, running or not. */
export function adjustTimer(timer: TimerState, deltaMs: number): TimerState {
  return { ...timer, durationMs: clampDuration(timer.durationMs + deltaMs) };
}

/** Sets a new duration, keeping the time already used. */
export function setTimerDuration(timer: TimerState, durationMs: number): TimerState {
  return { ...timer, durationMs: clampDuration(durationMs) };
}

/** What the trainer can do to a countdown. */
export type TimerAction =
  | { kind: 'start' }
  | { kind: 'pause' }
  /** Start if stopped, pause if running: decided where the state is, for clickers. */
  | { kind: 'toggle' }
  | { kind: 'reset' }
  | { kind: 'adjust'; deltaMs: number }
  | { kind: 'set'; durationMs: number };

/** Applies one of the trainer's actions at the given moment. */
export function applyTimerAction(timer: TimerState, action: TimerAction, now: number): TimerState {
  switch (action.kind) {
    case 'start':
      return startTimer(timer, now);
    case 'pause':
      return pauseTimer(timer, now);
    case 'toggle':
      return isRunning(timer) ? pauseTimer(timer, now) : startTimer(timer, now);
    case 'reset':
      return resetTimer(timer);
    case 'adjust':
      return adjustTimer(timer, action.deltaMs);
    case 'set':
      return setTimerDuration(timer, action.durationMs);
  }
}

/** Shows a duration as m:ss (or h:mm:ss), always of its absolute value. */
export function formatClock(ms: number): string {
  // Round up while counting down, so 0:00 shows only when time is really up.
  const totalSeconds = Math.ceil(Math.abs(ms) / 1000 - 1e-9);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/**
 * A timer the laptop keeps, moved onto a device's own clock: `offsetMs` is how far the
 * device's clock is ahead of the laptop's. A phone whose clock is minutes off still counts
 * down to the same moment as the projector.
 */
export function onDeviceClock(timer: TimerState, offsetMs: number): TimerState {
  return timer.runningSince === null
    ? timer
    : { ...timer, runningSince: timer.runningSince + offsetMs };
}
