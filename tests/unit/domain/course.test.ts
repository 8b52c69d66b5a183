import { describe, expect, it } from 'vitest';
import { exercises } from '../../../shared/course/exercises';
import { stageInfo } from '../../../shared/course/stages';
import { agreementScale, stageStatements } from '../../../shared/course/stage-statements';
import { ExerciseLetter, answerOwnerOf } from '../../../shared/exercises/letters';
import { stages } from '../../../shared/domain/stage';

describe('the course as data', () => {
  it('defines each exercise A–G once, in module order, owned as the course says', () => {
    expect(exercises.map((e) => e.letter)).toEqual(ExerciseLetter.options);
    for (const e of exercises) expect(e.owner).toBe(answerOwnerOf[e.letter]);
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
    const b = exercises[1]!.model;
    expect(b.kind === 'list' && b.items.length).toBe(11);
  });

  it('gives model items ids that are unique across the module', () => {
    const ids = exercises
      .flatMap((e) =>
        e.model.kind === 'list'
          ? e.model.items
          : e.model.kind === 'pros-and-cons'
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
