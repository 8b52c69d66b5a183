import { describe, expect, it } from 'vitest';
import { moduleSteps, stepIndexOfExercise } from '../../../shared/course/flow';
import { courseContent } from '../../../shared/content/resolve-content';
import { moveSession } from '../../../shared/domain/session';
import { newTimer, startTimer } from '../../../shared/domain/timer';
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

  it('starts the run of show at the first move and keeps that start afterwards', () => {
    const first = moveSession(at(0), { kind: 'by', steps: 1 }, NOW, courseContent);
    expect(first.sessionStartedAt).toBe(NOW);
    expect(
      moveSession(first, { kind: 'by', steps: 1 }, NOW + 60_000, courseContent).sessionStartedAt,
    ).toBe(NOW);
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
