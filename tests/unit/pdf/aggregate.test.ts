import { describe, expect, it } from 'vitest';
import { normalise, tallyIdeas, timings } from '../../../server/services/pdf/summary/aggregate';
import { initialFacilitationState } from '../../../shared/schemas/facilitation';

describe('tallyIdeas', () => {
  it('counts an idea once per participant, ignoring case and spacing, most frequent first', () => {
    const tallies = tallyIdeas([
      ['Innovation', 'Lower prices', 'innovation '],
      ['  INNOVATION', 'Trust'],
      ['Lower  prices', 'Innovation'],
    ]);
    expect(tallies).toEqual([
      { text: 'Innovation', count: 3 },
      { text: 'Lower prices', count: 2 },
      { text: 'Trust', count: 1 },
    ]);
  });

  it('ignores blank items', () => {
    expect(tallyIdeas([['', '   ']])).toEqual([]);
    expect(normalise('  A \n B ')).toBe('a b');
  });
});

describe('timings', () => {
  it('reports planned and used time, and null for an exercise never run', () => {
    const state = {
      ...initialFacilitationState,
      timers: { A: { durationMs: 600_000, runningSince: 1_000_000, elapsedMs: 120_000 } },
    };
    const [a, b] = timings(state, 1_000_000 + 60_000);
    expect(a).toMatchObject({ letter: 'A', plannedMs: 600_000, usedMs: 180_000 });
    expect(b).toMatchObject({ letter: 'B', plannedMs: 600_000, usedMs: null });
  });
});
