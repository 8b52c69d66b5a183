import { describe, expect, it } from 'vitest';
import { exerciseB, exercises } from '../../../shared/course/exercises';
import { answerKinds } from '../../../shared/kinds/answer-kinds';
import { stageInfo } from '../../../shared/course/stages';
import { agreementScale, stageStatements } from '../../../shared/course/stage-statements';
import { ExerciseLetter } from '../../../shared/exercises/letters';
import { stages } from '../../../shared/domain/stage';

describe('the course as data', () => {
  it('defines each exercise A–G once, in module order, owned as the course says', () => {
    expect(exercises.map((e) => e.letter)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(ExerciseLetter.options).toEqual(exercises.map((e) => e.letter));
    expect(Object.fromEntries(exercises.map((e) => [e.letter, e.owner]))).toEqual({
      A: 'participant',
      B: 'participant',
      C: 'account',
      D: 'account',
      E: 'participant',
      F: 'participant',
      G: 'account',
    });
  });

  it('asks each exercise for the kind of answer the course describes', () => {
    expect(Object.fromEntries(exercises.map((e) => [e.letter, e.kind]))).toEqual({
      A: 'list',
      B: 'list',
      C: 'top-three',
      D: 'stage-scores',
      E: 'pros-and-cons',
      F: 'stage-choice',
      G: 'contact-map',
    });
  });

  it('has every model answer in the shape its kind reveals', () => {
    for (const e of exercises) {
      expect(answerKinds[e.kind].model.safeParse(e.model).success, e.letter).toBe(true);
    }
  });

  it('picks top threes from list exercises that belong to the same participant', () => {
    for (const e of exercises) {
      if (e.kind !== 'top-three') continue;
      for (const letter of Object.values(e.sources)) {
        const source = exercises.find((x) => x.letter === letter);
        expect(source?.kind, letter).toBe('list');
        expect(source?.owner, letter).toBe('participant');
      }
    }
  });

  it('times the 5–10 minute exercises at 10 minutes and F at 2', () => {
    expect(
      Object.fromEntries(exercises.map((e) => [e.letter, e.defaultDurationMs / 60_000])),
    ).toEqual({
      A: 10,
      B: 10,
      C: 10,
      D: 10,
      E: 10,
      F: 2,
      G: 10,
    });
  });

  it('gives B the eleven supplier expectations of the model answer', () => {
    expect(exerciseB.model.items).toHaveLength(11);
  });

  it('gives model items ids that are unique across the module', () => {
    const ids = exercises
      .flatMap((e) =>
        e.kind === 'list'
          ? e.model.items
          : e.kind === 'pros-and-cons'
            ? [...e.model.positives, ...e.model.negatives]
            : [],
      )
      .map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('scores six statements on the four-point scale and describes all four stages', () => {
    expect(stageStatements).toHaveLength(6);
    expect(agreementScale.map((s) => `${s.label} ${s.score}`)).toEqual([
      'Strongly agree 3',
      'Agree 2',
      'Disagree 1',
      'Strongly disagree 0',
    ]);
    expect(Object.keys(stageInfo)).toEqual([...stages]);
    expect(stages.map((s) => stageInfo[s].label)).toEqual([
      'Basic',
      'Co-operative',
      'Interdependent',
      'Integrated',
    ]);
  });
});
