import { describe, expect, it } from 'vitest';
import { changesNothing, noContentChanges } from '../../../shared/content/content-changes';
import {
  addSlide,
  changeExercise,
  changeSlide,
  changeStep,
  moveStep,
  removeSlide,
  resetOrder,
  skipStep,
} from '../../../shared/content/content-edits';
import { allStepsOf, exerciseIn, resolveContent } from '../../../shared/content/resolve-content';
import { exerciseA } from '../../../shared/course/exercises';
import { moduleSteps } from '../../../shared/course/flow';

const ids = (changes: typeof noContentChanges) => allStepsOf(changes).map((step) => step.id);

describe('the content editor’s edits', () => {
  it('change a step’s time and notes, and go back to the course’s when reset', () => {
    const changed = changeStep(
      changeStep(noContentChanges, 'agenda', 'plannedMs', 60_000),
      'agenda',
      'notes',
      'Brief.',
    );
    expect(changed.steps).toEqual({ agenda: { plannedMs: 60_000, notes: 'Brief.' } });
    const reset = changeStep(
      changeStep(changed, 'agenda', 'notes', undefined),
      'agenda',
      'plannedMs',
      undefined,
    );
    expect(changesNothing(reset)).toBe(true);
  });

  it('take a change away when it is set back to the course’s own value', () => {
    const agenda = moduleSteps.find((step) => step.id === 'agenda')!;
    expect(changeStep(noContentChanges, 'agenda', 'plannedMs', agenda.plannedMs).steps).toEqual({});
    expect(
      changeExercise(noContentChanges, 'A', 'questions', [...exerciseA.questions]).exercises,
    ).toEqual({});
    expect(changeExercise(noContentChanges, 'C', 'hint', '').exercises).toEqual({});
    expect(changeExercise(noContentChanges, 'A', 'hint', '').exercises).toEqual({
      A: { hint: '' },
    });
  });

  it('change and reset an exercise’s model answer, keeping its other changes', () => {
    const model = {
      ...exerciseA.model,
      items: [...exerciseA.model.items, { id: 'own-x', text: 'Trust' }],
    };
    const changed = changeExercise(
      changeExercise(noContentChanges, 'A', 'model', model),
      'A',
      'durationMs',
      300_000,
    );
    expect(exerciseIn(resolveContent(changed), 'A').model.items.at(-1)).toEqual({
      id: 'own-x',
      text: 'Trust',
    });
    const reset = changeExercise(changed, 'A', 'model', undefined);
    expect(reset.exercises).toEqual({ A: { durationMs: 300_000 } });
  });

  it('move a step up or down one place, and not past either end', () => {
    const course = ids(noContentChanges);
    const moved = moveStep(noContentChanges, course[1]!, -1);
    expect(ids(moved).slice(0, 2)).toEqual([course[1], course[0]]);
    expect(moveStep(noContentChanges, course[0]!, -1)).toBe(noContentChanges);
    expect(moveStep(noContentChanges, course.at(-1)!, 1)).toBe(noContentChanges);
    // Moved back, the order is the course's again: nothing is changed.
    expect(changesNothing(moveStep(moved, course[1]!, 1))).toBe(true);
    expect(resetOrder(moved).order).toBeUndefined();
  });

  it('skip a step and take it back', () => {
    const skipped = skipStep(noContentChanges, 'exercise-c', true);
    expect(resolveContent(skipped).steps.some((s) => s.id === 'exercise-c')).toBe(false);
    expect(changesNothing(skipStep(skipped, 'exercise-c', false))).toBe(true);
  });

  it('add an own slide after a step, edit it and remove it without a trace', () => {
    const after = moduleSteps[3]!;
    const { changes, id } = addSlide(noContentChanges, after);
    expect(id).toBe('own-1');
    expect(ids(changes).indexOf(id)).toBe(4);
    const edited = changeSlide(changes, id, { title: 'Our case', points: ['One'] });
    expect(resolveContent(edited).steps[4]).toMatchObject({
      id,
      title: 'Our case',
      points: ['One'],
    });
    const second = addSlide(edited, after);
    expect(second.id).toBe('own-2');
    const removed = removeSlide(removeSlide(skipStep(second.changes, id, true), id), second.id);
    expect(changesNothing(removed)).toBe(true);
  });
});
