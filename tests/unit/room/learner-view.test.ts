import { describe, expect, it } from 'vitest';
import { courseContent, resolveContent } from '../../../shared/content/resolve-content';
import { noContentChanges } from '../../../shared/content/content-changes';
import { onDeviceClock, remainingMs } from '../../../shared/domain/timer';
import { learnerSession, LearnerSession } from '../../../shared/room/learner-view';
import { initialFacilitationState } from '../../../shared/schemas/facilitation';

describe('what a learner is sent of the session', () => {
  it('holds every step’s title and points, and no trainer notes or planned timings', () => {
    const session = learnerSession(courseContent, initialFacilitationState, false, 1000);
    expect(session.steps.map((s) => s.title)).toEqual(courseContent.steps.map((s) => s.title));
    const text = JSON.stringify(session);
    for (const step of courseContent.steps) if (step.notes) expect(text).not.toContain(step.notes);
    expect(text).not.toContain('plannedMs');
    expect(text).not.toContain('notes');
  });

  it('holds a model answer only once it is revealed', () => {
    const hidden = learnerSession(courseContent, initialFacilitationState, false, 0);
    expect(hidden.exercises.every((e) => e.model === null)).toBe(true);
    const revealed = learnerSession(
      courseContent,
      { ...initialFacilitationState, revealed: ['B'] },
      false,
      0,
    );
    expect(revealed.exercises.find((e) => e.letter === 'B')?.model).toEqual(
      courseContent.exercises.find((e) => e.letter === 'B')?.model,
    );
    expect(revealed.exercises.filter((e) => e.model !== null)).toHaveLength(1);
  });

  it('follows the workshop’s own content: its questions and its own slides, without their notes', () => {
    const content = resolveContent({
      ...noContentChanges,
      exercises: { A: { questions: ['Our own question'] } },
      slides: [
        {
          id: 'own-1',
          section: 1,
          title: 'Our slide',
          points: ['A point'],
          notes: 'SECRET',
          plannedMs: 60_000,
        },
      ],
    });
    const session = learnerSession(content, initialFacilitationState, true, 0);
    expect(session.exercises[0]?.questions).toEqual(['Our own question']);
    expect(session.steps.some((s) => s.title === 'Our slide')).toBe(true);
    expect(JSON.stringify(session)).not.toContain('SECRET');
    expect(session.selfPaced).toBe(true);
  });

  it('passes its own schema, so a learner’s page can check what it receives', () => {
    const session = learnerSession(
      courseContent,
      { ...initialFacilitationState, revealed: ['A', 'F', 'G'] },
      false,
      5,
    );
    expect(LearnerSession.parse(session)).toEqual(session);
  });
});

describe('a timer on a device whose clock is off', () => {
  it('counts down to the same moment as the laptop’s', () => {
    const laptopNow = 1_000_000;
    const timer = { durationMs: 600_000, runningSince: laptopNow - 60_000, elapsedMs: 0 };
    const deviceAhead = 3 * 60_000;
    const onDevice = onDeviceClock(timer, deviceAhead);
    expect(remainingMs(onDevice, laptopNow + deviceAhead)).toBe(remainingMs(timer, laptopNow));
    const paused = { durationMs: 600_000, runningSince: null, elapsedMs: 5000 };
    expect(onDeviceClock(paused, deviceAhead)).toBe(paused);
  });
});
