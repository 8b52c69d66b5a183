import { exerciseIn, type WorkshopContent } from '../content/resolve-content';
import type { FacilitationState } from '../schemas/facilitation';
import { isRunning, newTimer, startTimer } from './timer';

/** Where the trainer (or a self-study learner) moves: some steps on, or to one step. */
export type SessionMove = { kind: 'by'; steps: number } | { kind: 'to'; index: number };

/**
 * The session after a move through a workshop's run of show, applied to the state the host holds, so that presses arriving
 * faster than the broadcasts are each counted once. The run of show starts at the first
 * move unless the clock was started by hand; entering an exercise starts its countdown
 * when the trainer asked for that and the countdown is untouched.
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

  const moved: FacilitationState = {
    ...state,
    stepIndex,
    sessionStartedAt: state.sessionStartedAt ?? now,
  };
  const entering = content.steps[stepIndex]?.exercise;
  if (!entering || !state.autoStartTimer) return moved;
  const timer = state.timers[entering] ?? newTimer(exerciseIn(content, entering).defaultDurationMs);
  const untouched = timer.elapsedMs === 0 && !isRunning(timer);
  return untouched
    ? { ...moved, timers: { ...moved.timers, [entering]: startTimer(timer, now) } }
    : moved;
}
