import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adjustTimer,
  applyTimerAction,
  elapsedMs,
  formatClock,
  newTimer,
  overrunMs,
  pauseTimer,
  remainingMs,
  resetTimer,
  setTimerDuration,
  startTimer,
  timerPhase,
  type TimerAction,
} from '../../../shared/domain/timer';

const TEN_MINUTES = 10 * 60_000;
const T0 = Date.parse('2026-11-25T09:00:00Z');

const action: fc.Arbitrary<TimerAction> = fc.oneof(
  fc.constantFrom<TimerAction>(
    { kind: 'start' },
    { kind: 'pause' },
    { kind: 'toggle' },
    { kind: 'reset' },
  ),
  fc.constantFrom(-60_000, 60_000).map((deltaMs) => ({ kind: 'adjust' as const, deltaMs })),
);

describe('the countdown timer', () => {
  it('counts down from its duration while running', () => {
    const running = startTimer(newTimer(TEN_MINUTES), T0);
    expect(remainingMs(running, T0 + 2_000)).toBe(TEN_MINUTES - 2_000);
  });

  it('keeps the time used across a pause and resume', () => {
    let timer = startTimer(newTimer(TEN_MINUTES), T0);
    timer = pauseTimer(timer, T0 + 2_000);
    expect(remainingMs(timer, T0 + 60_000)).toBe(TEN_MINUTES - 2_000);
    timer = startTimer(timer, T0 + 60_000);
    expect(remainingMs(timer, T0 + 63_000)).toBe(TEN_MINUTES - 5_000);
  });

  it('counts time used as the sum of running spans, whatever the order of start and pause', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom('start', 'pause'), fc.integer({ min: 0, max: 120_000 })),
          { maxLength: 40 },
        ),
        (steps) => {
          let timer = newTimer(TEN_MINUTES);
          let now = T0;
          let expected = 0;
          let runningSince: number | null = null;
          for (const [kind, gap] of steps) {
            now += gap;
            if (kind === 'start') {
              timer = startTimer(timer, now);
              runningSince ??= now;
            } else {
              timer = pauseTimer(timer, now);
              if (runningSince !== null) expected += now - runningSince;
              runningSince = null;
            }
          }
          const current = runningSince === null ? expected : expected + (now - runningSince);
          expect(elapsedMs(timer, now)).toBe(current);
        },
      ),
    );
  });

  it('never lets the duration go below zero or time used go backwards, whatever the trainer presses', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(action, fc.integer({ min: 0, max: 90_000 })), { maxLength: 50 }),
        (steps) => {
          let timer = newTimer(TEN_MINUTES);
          let now = T0;
          for (const [a, gap] of steps) {
            const before = elapsedMs(timer, now);
            now += gap;
            timer = applyTimerAction(timer, a, now);
            expect(timer.durationMs).toBeGreaterThanOrEqual(0);
            if (a.kind !== 'reset') expect(elapsedMs(timer, now)).toBeGreaterThanOrEqual(before);
          }
        },
      ),
    );
  });

  it('does not drift: after a simulated hour of irregular screen frames it reads exactly an hour used', () => {
    const timer = startTimer(newTimer(2 * 60 * 60_000), T0);
    let now = T0;
    let frames = 0;
    // Frames arrive 5–50 ms apart, as on a busy projector laptop; each one reads the timer.
    while (now < T0 + 60 * 60_000) {
      now += 5 + ((frames++ * 7919) % 46);
      remainingMs(timer, now);
    }
    expect(frames).toBeGreaterThan(100_000);
    expect(elapsedMs(timer, now)).toBe(now - T0);
    expect(remainingMs(timer, now)).toBe(2 * 60 * 60_000 - (now - T0));
  });

  it('toggles: starts when stopped and pauses when running, keeping the time used', () => {
    let timer = applyTimerAction(newTimer(TEN_MINUTES), { kind: 'toggle' }, T0);
    expect(timer.runningSince).toBe(T0);
    timer = applyTimerAction(timer, { kind: 'toggle' }, T0 + 3_000);
    expect(timer).toEqual({ durationMs: TEN_MINUTES, runningSince: null, elapsedMs: 3_000 });
  });

  it('adds and removes a minute while running without losing the time used', () => {
    let timer = startTimer(newTimer(TEN_MINUTES), T0);
    timer = adjustTimer(timer, 60_000);
    expect(remainingMs(timer, T0 + 30_000)).toBe(11 * 60_000 - 30_000);
    timer = adjustTimer(adjustTimer(timer, -60_000), -60_000);
    expect(remainingMs(timer, T0 + 30_000)).toBe(9 * 60_000 - 30_000);
  });

  it('sets a new duration and resets to it, stopped', () => {
    const timer = setTimerDuration(startTimer(newTimer(TEN_MINUTES), T0), 5 * 60_000);
    expect(remainingMs(timer, T0 + 60_000)).toBe(4 * 60_000);
    expect(resetTimer(timer)).toEqual({ durationMs: 5 * 60_000, runningSince: null, elapsedMs: 0 });
  });

  it('counts the overrun once time is up', () => {
    const timer = startTimer(newTimer(60_000), T0);
    expect(overrunMs(timer, T0 + 59_000)).toBe(0);
    expect(overrunMs(timer, T0 + 75_000)).toBe(15_000);
    expect(timerPhase(timer, T0 + 75_000)).toBe('overrun');
  });

  it('stops counting the overrun when paused, and a reset clears it', () => {
    const paused = pauseTimer(startTimer(newTimer(30_000), T0), T0 + 90_000);
    for (const later of [T0 + 90_000, T0 + 27 * 60_000]) {
      expect(overrunMs(paused, later)).toBe(60_000);
      expect(elapsedMs(paused, later)).toBe(90_000);
    }
    expect(overrunMs(resetTimer(paused), T0 + 27 * 60_000)).toBe(0);
    expect(timerPhase(resetTimer(paused), T0 + 27 * 60_000)).toBe('ready');
  });

  it('changes phase in its last minute, and is ready before it starts and paused when paused', () => {
    const timer = startTimer(newTimer(TEN_MINUTES), T0);
    expect(timerPhase(newTimer(TEN_MINUTES), T0)).toBe('ready');
    expect(timerPhase(timer, T0 + TEN_MINUTES - 60_001)).toBe('running');
    expect(timerPhase(timer, T0 + TEN_MINUTES - 60_000)).toBe('last-minute');
    expect(timerPhase(pauseTimer(timer, T0 + 1_000), T0 + 5_000)).toBe('paused');
  });
});

describe('showing a duration', () => {
  it.each([
    [600_000, '10:00'],
    [59_001, '1:00'],
    [59_000, '0:59'],
    [1, '0:01'],
    [0, '0:00'],
    [-15_000, '0:15'],
    [3_723_000, '1:02:03'],
  ])('shows %i ms as %s', (ms, shown) => {
    expect(formatClock(ms)).toBe(shown);
  });
});
