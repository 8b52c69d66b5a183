import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ContentChanges,
  changesNothing,
  noContentChanges,
} from '../../../shared/content/content-changes';
import {
  courseContent,
  exerciseIn,
  resolveContent,
  stepIndexOfExerciseIn,
} from '../../../shared/content/resolve-content';
import { exerciseA, exerciseB, exerciseC } from '../../../shared/course/exercises';
import { moduleSteps } from '../../../shared/course/flow';

const changes = (value: unknown) => ContentChanges.parse(value);

describe('a workshop’s content', () => {
  it('is the course exactly when nothing was changed', () => {
    expect(changesNothing(noContentChanges)).toBe(true);
    expect(courseContent.steps.map((s) => s.id)).toEqual(moduleSteps.map((s) => s.id));
    expect(exerciseIn(courseContent, 'A')).toEqual(exerciseA);
  });

  it('lays a trainer’s model answer, questions, hint and timing over the course, and the step follows', () => {
    const model = { intro: 'Ours:', items: [{ id: 'x-trust', text: 'Trust' }], theme: 'Value' };
    const content = resolveContent(
      changes({
        exercises: {
          A: { model, questions: ['Why do customers stay?'], hint: '', durationMs: 300_000 },
        },
      }),
    );
    const a = exerciseIn(content, 'A');
    expect(a.model).toEqual(model);
    expect(a.questions).toEqual(['Why do customers stay?']);
    expect(a.hint).toBeUndefined();
    expect(a.defaultDurationMs).toBe(300_000);
    const step = content.steps[stepIndexOfExerciseIn(content, 'A')]!;
    expect(step.points).toEqual(['Why do customers stay?']);
    expect(step.plannedMs).toBe(300_000 + 300_000);
    expect(exerciseIn(content, 'B')).toEqual(exerciseB);
  });

  it('goes back to the course’s text when a change is taken away', () => {
    const changed = changes({ exercises: { C: { questions: ['Ours?'] } } });
    expect(exerciseIn(resolveContent(changed), 'C').questions).toEqual(['Ours?']);
    const reset = changes({ ...changed, exercises: {} });
    expect(exerciseIn(resolveContent(reset), 'C')).toEqual(exerciseC);
  });

  it('changes a step’s planned time and notes without touching the others', () => {
    const content = resolveContent(
      changes({ steps: { agenda: { plannedMs: 60_000, notes: 'Keep it short.' } } }),
    );
    const agenda = content.steps.find((s) => s.id === 'agenda')!;
    expect(agenda).toMatchObject({ plannedMs: 60_000, notes: 'Keep it short.' });
    expect(content.steps.filter((s) => s.id !== 'agenda')).toEqual(
      courseContent.steps.filter((s) => s.id !== 'agenda'),
    );
  });

  it('runs the steps in the trainer’s order, skipping what they skip, with their own slides', () => {
    const [first, second, third] = moduleSteps.map((s) => s.id);
    const content = resolveContent(
      changes({
        order: [third, 'slide-welcome', first],
        skipped: [second],
        slides: [
          {
            id: 'slide-welcome',
            section: 0,
            title: 'Welcome',
            points: ['Coffee'],
            notes: '',
            plannedMs: 0,
          },
        ],
      }),
    );
    const ids = content.steps.map((s) => s.id);
    expect(ids.slice(0, 3)).toEqual([third, 'slide-welcome', first]);
    expect(ids).not.toContain(second);
    expect(ids).toHaveLength(moduleSteps.length);
  });

  it('keeps every step exactly once, whatever order is saved', () => {
    const ids = moduleSteps.map((s) => s.id);
    fc.assert(
      fc.property(fc.shuffledSubarray(ids), (order) => {
        const resolved = resolveContent(changes({ order })).steps.map((s) => s.id);
        expect([...resolved].sort()).toEqual([...ids].sort());
        expect(resolved.filter((id) => order.includes(id))).toEqual(order);
      }),
    );
  });

  it('never leaves the session without a step, even when every step is skipped', () => {
    const content = resolveContent(changes({ skipped: moduleSteps.map((s) => s.id) }));
    expect(content.steps.length).toBeGreaterThan(0);
  });

  it('refuses an own slide that takes a course step’s id, and a model answer in the wrong shape', () => {
    const clash = ContentChanges.safeParse({
      slides: [{ id: 'agenda', section: 0, title: 'Mine', points: [], notes: '', plannedMs: 0 }],
    });
    expect(clash.success).toBe(false);
    const wrongModel = ContentChanges.safeParse({ exercises: { A: { model: { points: [] } } } });
    expect(wrongModel.success).toBe(false);
  });
});
