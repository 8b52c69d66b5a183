import { describe, expect, it } from 'vitest';
import { formatDate, formatLongDate } from '../../../shared/format/dates';
import { formatDuration, formatMinutes } from '../../../shared/format/durations';
import { plural } from '../../../shared/format/plural';

describe('how dates, durations and counts are written', () => {
  it('writes a workshop date in British English, the same day in every time zone', () => {
    expect(formatDate('2026-11-25')).toMatch(/^Wed,? 25 Nov 2026$/);
    expect(formatLongDate('2026-11-25')).toBe('25 November 2026');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('counts with the right plural, regular or not', () => {
    expect(plural(1, 'participant')).toBe('1 participant');
    expect(plural(3, 'participant')).toBe('3 participants');
    expect(plural(2, 'person', 'people')).toBe('2 people');
  });

  it('writes timings as the course and the room read them', () => {
    expect(formatMinutes(600_000)).toBe('10 minutes');
    expect(formatDuration(450_000)).toBe('7 min 30 s');
    expect(formatDuration(45_000)).toBe('45 s');
  });
});
