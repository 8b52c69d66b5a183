import { describe, expect, it } from 'vitest';
import { exerciseByLetter } from '../../../shared/course/exercises';
import {
  DEBRIEF_MS,
  moduleSteps,
  plannedStartsMs,
  sectionTitles,
  stepAt,
  stepIndexOfExercise,
  totalPlannedMs,
} from '../../../shared/course/flow';
import { ExerciseLetter } from '../../../shared/exercises/letters';

const letters = ExerciseLetter.options;

describe('the module flow', () => {
  it('has every exercise A–G exactly once, in order', () => {
    const inFlow = moduleSteps.flatMap((step) => (step.exercise ? [step.exercise] : []));
    expect(inFlow).toEqual(letters);
  });

  it('gives every step a unique id', () => {
    const ids = moduleSteps.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has no empty title, point or note', () => {
    for (const step of moduleSteps) {
      expect(step.title.trim(), step.id).not.toBe('');
      expect(step.notes.trim(), step.id).not.toBe('');
      expect(step.points.length, step.id).toBeGreaterThan(0);
      for (const point of step.points) expect(point.trim(), step.id).not.toBe('');
    }
  });

  it('plans a total that is the sum of the steps', () => {
    const sum = moduleSteps.reduce((total, step) => total + step.plannedMs, 0);
    expect(totalPlannedMs()).toBe(sum);
    expect(sum).toBeGreaterThan(0);
  });

  it('starts each step when the ones before it are planned to end', () => {
    const starts = plannedStartsMs();
    expect(starts[0]).toBe(0);
    for (let i = 1; i < moduleSteps.length; i++) {
      expect(starts[i]).toBe((starts[i - 1] ?? 0) + (moduleSteps[i - 1]?.plannedMs ?? 0));
    }
  });

  it('plans each exercise as its countdown plus a debrief', () => {
    for (const letter of letters) {
      const step = moduleSteps[stepIndexOfExercise(letter)];
      const countdown = exerciseByLetter(letter).defaultDurationMs;
      expect(step?.plannedMs).toBeGreaterThan(countdown);
      expect(step?.plannedMs).toBeLessThanOrEqual(countdown + DEBRIEF_MS);
    }
  });

  it('shows an exercise step with its title and questions', () => {
    const step = moduleSteps[stepIndexOfExercise('E')];
    expect(step).toMatchObject({ kind: 'exercise', title: 'Basic relationships in KAM' });
    expect(step?.points).toEqual(exerciseByLetter('E').questions);
  });

  it('opens with the title and agenda and ends with the reading list and reflection', () => {
    expect(moduleSteps.slice(0, 2).map((s) => s.kind)).toEqual(['title', 'agenda']);
    expect(moduleSteps.at(-2)?.points).toHaveLength(5);
    expect(moduleSteps.at(-1)?.points).toHaveLength(4);
    expect(moduleSteps.filter((s) => s.kind === 'summary').map((s) => s.section)).toEqual([
      1, 2, 3,
    ]);
  });

  it('runs the sections in order', () => {
    const sections = moduleSteps.map((step) => step.section);
    expect([...sections].sort((a, b) => a - b)).toEqual(sections);
    expect(Object.keys(sectionTitles)).toHaveLength(5);
  });

  it('never shows a note as a point', () => {
    const shown = new Set(moduleSteps.flatMap((step) => [step.title, ...step.points]));
    for (const step of moduleSteps) expect(shown.has(step.notes), step.id).toBe(false);
  });

  it('keeps an out-of-range index within the flow', () => {
    expect(stepAt(-3)).toBe(moduleSteps[0]);
    expect(stepAt(10_000)).toBe(moduleSteps.at(-1));
  });
});
