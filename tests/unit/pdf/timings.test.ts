import { describe, expect, it } from 'vitest';
import { timings } from '../../../server/services/pdf/summary/summary-sections';
import { courseContent } from '../../../shared/content/resolve-content';
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
});
