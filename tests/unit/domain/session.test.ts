import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moduleSteps, stepIndexOfExercise } from '../../../shared/course/flow';
import { courseContent } from '../../../shared/content/resolve-content';
import { moveSession } from '../../../shared/domain/session';
import {
  elapsedMs,
  isRunning,
  newTimer,
  overrunMs,
  startTimer,
  timerPhase,
} from '../../../shared/domain/timer';
import { initialFacilitationState } from '../../../shared/schemas/facilitation';

const NOW = Date.parse('2026-11-25T09:00:00Z');
const at = (stepIndex: number) => ({ ...initialFacilitationState, stepIndex });

describe('moving through the session', () => {
  it('counts every press: three moves of one step from the start reach the fourth step', () => {
    let state = initialFacilitationState;
    for (let i = 0; i < 3; i++)
      state = moveSession(state, { kind: 'by', steps: 1 }, NOW, courseContent);
    expect(state.stepIndex).toBe(3);
  });

  it('stays within the module at both ends', () => {
    expect(moveSession(at(0), { kind: 'by', steps: -1 }, NOW, courseContent).stepIndex).toBe(0);
    const last = moduleSteps.length - 1;
    expect(moveSession(at(last), { kind: 'by', steps: 1 }, NOW, courseContent).stepIndex).toBe(
      last,
    );
    expect(moveSession(at(0), { kind: 'to', index: 10_000 }, NOW, courseContent).stepIndex).toBe(
      last,
    );
  });

  it('leaves the session clock to the trainer: moving never starts it, nor restarts it', () => {
    const first = moveSession(at(0), { kind: 'by', steps: 1 }, NOW, courseContent);
    expect(first.sessionStartedAt ?? null).toBeNull();
    const started = { ...at(2), sessionStartedAt: NOW - 60_000 };
    expect(
      moveSession(started, { kind: 'by', steps: 1 }, NOW, courseContent).sessionStartedAt,
    ).toBe(NOW - 60_000);
  });

  it('stops the countdown of the step it leaves, overrun and all, so the time used is the time it was on', () => {
    const a = stepIndexOfExercise('A');
    const thirtySeconds = startTimer(newTimer(30_000), NOW);
    const state = { ...at(a), timers: { A: thirtySeconds } };
    // Left 2 minutes in: 1:30 over. 27 minutes later it still says so.
    const moved = moveSession(state, { kind: 'by', steps: 1 }, NOW + 120_000, courseContent);
    const later = NOW + 27 * 60_000;
    expect(isRunning(moved.timers.A!)).toBe(false);
    expect(elapsedMs(moved.timers.A!, later)).toBe(120_000);
    expect(overrunMs(moved.timers.A!, later)).toBe(90_000);
    expect(timerPhase(moved.timers.A!, later)).toBe('overrun');
  });

  it('stops any other countdown left running, whichever way the trainer jumps', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: moduleSteps.length - 1 }),
        fc.integer({ min: 1, max: 3_600_000 }),
        (index, after) => {
          const timers = {
            B: startTimer(newTimer(600_000), NOW),
            G: startTimer(newTimer(60_000), NOW),
          };
          const state = { ...at(stepIndexOfExercise('B')), timers };
          const moved = moveSession(state, { kind: 'to', index }, NOW + after, courseContent);
          const onNow = moduleSteps[moved.stepIndex]?.exercise;
          for (const [letter, timer] of Object.entries(moved.timers)) {
            if (moved.stepIndex === state.stepIndex || letter === onNow) continue;
            expect(isRunning(timer)).toBe(false);
            expect(elapsedMs(timer, NOW + after + 60_000)).toBe(after);
          }
        },
      ),
    );
  });

  it('changes nothing when the move goes nowhere', () => {
    const state = at(0);
    expect(moveSession(state, { kind: 'to', index: 0 }, NOW, courseContent)).toBe(state);
  });

  it('starts an untouched exercise countdown on entering its step, when the trainer asked for that', () => {
    const a = stepIndexOfExercise('A');
    const auto = { ...at(a - 1), autoStartTimer: true };
    expect(
      moveSession(auto, { kind: 'by', steps: 1 }, NOW, courseContent).timers.A?.runningSince,
    ).toBe(NOW);
    expect(
      moveSession(at(a - 1), { kind: 'by', steps: 1 }, NOW, courseContent).timers.A,
    ).toBeUndefined();
  });

  it('leaves a countdown alone that was already used', () => {
    const a = stepIndexOfExercise('A');
    const used = { ...newTimer(600_000), elapsedMs: 5_000 };
    const state = { ...at(a - 1), autoStartTimer: true, timers: { A: used } };
    expect(moveSession(state, { kind: 'by', steps: 1 }, NOW, courseContent).timers.A).toEqual(used);
    const running = startTimer(newTimer(600_000), NOW - 1_000);
    const again = { ...at(a - 1), autoStartTimer: true, timers: { A: running } };
    expect(moveSession(again, { kind: 'by', steps: 1 }, NOW, courseContent).timers.A).toEqual(
      running,
    );
  });
});
