import { exerciseIn, type WorkshopContent } from '../content/resolve-content';
import type { ExerciseLetter } from '../exercises/letters';
import type { FacilitationState } from '../schemas/facilitation';
import { isRunning, newTimer, pauseTimer, startTimer } from './timer';

/** Where the trainer (or a self-study learner) moves: some steps on, or to one step. */
export type SessionMove = { kind: 'by'; steps: number } | { kind: 'to'; index: number };

type Timers = FacilitationState['timers'];

/**
 * Every countdown but the one of the step now on stops where it is: the time it used is the
 * time its step was on, however long the session runs after it (overrun included).
 */
function stopTimersBut(timers: Timers, keep: ExerciseLetter | undefined, now: number): Timers {
  const stopped = Object.entries(timers).map(([letter, timer]) =>
    letter === keep || !isRunning(timer) ? [letter, timer] : [letter, pauseTimer(timer, now)],
  );
  return Object.fromEntries(stopped) as Timers;
}

/**
 * The session after a move through a workshop's run of show, applied to the state the host
 * holds, so that presses arriving faster than the broadcasts are each counted once. Leaving
 * a step stops its countdown; entering an exercise starts its countdown when the trainer
 * asked for that and the countdown is untouched. The session clock is the trainer's to start
 * (a trainer often steps through the slides before the room arrives), so moving never does.
 */
export function moveSession(
  state: FacilitationState,
  move: SessionMove,
  now: number,
  content: WorkshopContent,
): FacilitationState {
  const last = content.steps.length - 1;
  const current = Math.min(state.stepIndex, last);
  const target = move.kind === 'by' ? current + move.steps : move.index;
  const stepIndex = Math.min(Math.max(0, Math.trunc(target)), last);
  if (stepIndex === current) return state;

  const entering = content.steps[stepIndex]?.exercise;
  const moved: FacilitationState = {
    ...state,
    stepIndex,
    timers: stopTimersBut(state.timers, entering, now),
  };
  if (!entering || !state.autoStartTimer) return moved;
  const timer = state.timers[entering] ?? newTimer(exerciseIn(content, entering).defaultDurationMs);
  const untouched = timer.elapsedMs === 0 && !isRunning(timer);
  return untouched
    ? { ...moved, timers: { ...moved.timers, [entering]: startTimer(timer, now) } }
    : moved;
}
