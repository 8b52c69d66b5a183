import { describe, expect, it } from 'vitest';
import { callCommand } from '../../server/api/create-api';
import { changeExercise, changeStep } from '../../shared/content/content-edits';
import { noContentChanges } from '../../shared/content/content-changes';
import { courseContent, stepIndexOfExerciseIn } from '../../shared/content/resolve-content';
import { valueOf } from './helpers/expect-result';
import { openTestApi } from './helpers/temp-store';

describe('editing the content while a session runs', () => {
  it('changes only what was edited: the step shown, the running timer and the reveals stay', () => {
    let now = Date.parse('2026-03-01T10:00:00.000Z');
    const { api, events } = openTestApi(undefined, { now: () => new Date(now) });
    const workshop = valueOf(
      callCommand(api, 'workshops:create', {
        title: 'Live',
        date: '2026-03-01',
        facilitator: '',
        client: '',
        mode: 'facilitated',
      }),
    );
    const workshopId = workshop.id;
    const index = stepIndexOfExerciseIn(courseContent, 'A');
    valueOf(callCommand(api, 'facilitation:move', { workshopId, move: { kind: 'to', index } }));
    valueOf(callCommand(api, 'facilitation:reveal', { workshopId, exercise: 'B', revealed: true }));
    valueOf(
      callCommand(api, 'facilitation:timer', {
        workshopId,
        exercise: 'A',
        action: { kind: 'start' },
      }),
    );
    now += 60_000;
    const before = valueOf(callCommand(api, 'facilitation:get', { workshopId }));
    events.length = 0;

    // The trainer shortens A's timer and rewrites the notes of A's step, typing as it runs.
    let changes = changeExercise(noContentChanges, 'A', 'durationMs', 5 * 60_000);
    changes = changeStep(changes, 'exercise-a', 'notes', 'Ask the quiet ones first.');
    valueOf(callCommand(api, 'content:update', { workshopId, changes }));

    expect(valueOf(callCommand(api, 'facilitation:get', { workshopId }))).toEqual(before);
    expect(events).toEqual([{ type: 'content-changed', workshopId }]);
  });
});
