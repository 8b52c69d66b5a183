import { describe, expect, it } from 'vitest';
import { timings } from '../../../server/services/pdf/summary/summary-sections';
import { courseContent } from '../../../shared/content/resolve-content';
import { moveSession } from '../../../shared/domain/session';
import { newTimer, startTimer } from '../../../shared/domain/timer';
import { stepIndexOfExercise } from '../../../shared/course/flow';
import { initialFacilitationState } from '../../../shared/schemas/facilitation';

describe('timings', () => {
  it('reports planned and used time, and null for an exercise never run', () => {
    const state = {
      ...initialFacilitationState,
      timers: { A: { durationMs: 600_000, runningSince: 1_000_000, elapsedMs: 120_000 } },
    };
    const [a, b] = timings(state, courseContent, 1_000_000 + 60_000);
    expect(a).toMatchObject({ letter: 'A', plannedMs: 600_000, usedMs: 180_000 });
    expect(b).toMatchObject({ letter: 'B', plannedMs: 600_000, usedMs: null });
  });

  it('reports the time an exercise was on, overrun included, however long after the export runs', () => {
    const start = 1_000_000;
    const running = {
      ...initialFacilitationState,
      stepIndex: stepIndexOfExercise('A'),
      timers: { A: startTimer(newTimer(30_000), start) },
    };
    const movedOn = moveSession(running, { kind: 'by', steps: 1 }, start + 95_000, courseContent);
    const [a] = timings(movedOn, courseContent, start + 27 * 60_000);
    expect(a).toMatchObject({ letter: 'A', plannedMs: 30_000, usedMs: 95_000 });
  });
});
