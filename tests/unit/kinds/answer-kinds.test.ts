import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exercises } from '../../../shared/course/exercises';
import { answerIsGiven, digestAnswer, parseAnswer } from '../../../shared/exercises/answers';
import { answerKinds, isAnswered, readAnswer } from '../../../shared/kinds/answer-kinds';

describe('answer kinds', () => {
  it('starts every exercise from an empty answer its kind accepts and does not count as answered', () => {
    for (const exercise of exercises) {
      const kind = answerKinds[exercise.kind];
      expect(kind.answer.safeParse(kind.empty).success, exercise.letter).toBe(true);
      expect(answerIsGiven(exercise.letter, null), exercise.letter).toBe(false);
      expect(digestAnswer(exercise.letter, undefined).answered, exercise.letter).toBe(false);
    }
  });

  it('reads an unreadable stored answer as the empty one', () => {
    expect(parseAnswer('A', { items: 'nope' })).toEqual({ items: [], matches: [] });
    expect(readAnswer('stage-scores', 42)).toEqual({
      scores: [null, null, null, null, null, null],
    });
  });

  it('counts only what says something: blank items and picks are not an answer', () => {
    expect(isAnswered('list', { items: [{ id: 'i1', text: '   ' }], matches: [] })).toBe(false);
    expect(isAnswered('list', { items: [{ id: 'i1', text: 'Trust' }], matches: [] })).toBe(true);
    const blankPick = { id: 'p1', text: ' ', sourceItemId: null };
    expect(
      isAnswered('top-three', { customer: [blankPick], supplier: [], links: [], reflection: '' }),
    ).toBe(false);
    expect(
      isAnswered('top-three', { customer: [], supplier: [], links: [], reflection: 'Hm.' }),
    ).toBe(true);
    expect(
      isAnswered('pros-and-cons', {
        positives: [],
        negatives: [],
        suitable: null,
        reason: 'Depends on the account',
        matches: [],
      }),
    ).toBe(true);
    expect(isAnswered('stage-choice', { stage: null, why: '  ' })).toBe(false);
    expect(isAnswered('contact-map', { people: [], links: [] })).toBe(false);
  });

  it('digests an answer the same way the room strip and the PDF count it', () => {
    const text = fc.string({ maxLength: 12 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (texts) => {
        const payload = { items: texts.map((t, i) => ({ id: `i${i}`, text: t })), matches: [] };
        const digest = digestAnswer('A', payload);
        expect(digest.answered).toBe(answerIsGiven('A', payload));
        expect(digest.items).toEqual(texts.map((t) => t.trim()).filter((t) => t !== ''));
      }),
    );
  });

  it('says a stage scoring is incomplete until every statement is scored', () => {
    expect(digestAnswer('D', { scores: [3, 2, null, 1, 0, 2] }).headline).toBe(
      'Incomplete: 5 of 6 scored',
    );
    expect(digestAnswer('D', { scores: [3, 3, 3, 3, 2, 2] }).headline).toBe(
      '16 of 18 · Integrated',
    );
  });
});
