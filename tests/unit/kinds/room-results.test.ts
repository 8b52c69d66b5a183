import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exerciseA,
  exerciseD,
  exerciseE,
  exerciseF,
  exerciseG,
} from '../../../shared/course/exercises';
import type { StatementScore } from '../../../shared/domain/stage';
import { contactMapResults } from '../../../shared/kinds/contact-map-results';
import type { ListAnswer } from '../../../shared/kinds/list';
import { listResults, SHOWN_IDEAS } from '../../../shared/kinds/list-results';
import { prosAndConsResults } from '../../../shared/kinds/pros-and-cons-results';
import { roomResults, type RoomEntry } from '../../../shared/kinds/room-results';
import { stageChoiceResults } from '../../../shared/kinds/stage-choice-results';
import { stageScoresResults } from '../../../shared/kinds/stage-scores-results';
import type { TopPick } from '../../../shared/kinds/top-three';
import { topThreeResults } from '../../../shared/kinds/top-three-results';

const list = (...texts: string[]): ListAnswer => ({
  items: texts.map((text, i) => ({ id: `i${i}`, text })),
  matches: [],
});

const pick = (id: string, text: string): TopPick => ({ id, text, sourceItemId: null });

describe('a list’s room results', () => {
  const model = exerciseA.model;

  it('merges the room’s ideas, each counted once per learner however it was typed', () => {
    const results = listResults([list('Trust', 'trust ', 'Price'), list('TRUST'), list('')], model);
    expect(results.ideas).toEqual({
      ideas: [
        { text: 'Trust', count: 2 },
        { text: 'Price', count: 1 },
      ],
      moreIdeas: 0,
    });
  });

  it('covers a model item by the learner’s match or by its very words, and lists the rest as missed', () => {
    const matched: ListAnswer = {
      items: [{ id: 'x', text: 'Getting special treatment' }],
      matches: [{ itemId: 'x', modelId: 'a-preferential' }],
    };
    const results = listResults([matched, list('innovation'), list('Innovation')], model);
    const count = (id: string) => results.coverage.find((c) => c.id === id)?.count;
    expect(count('a-preferential')).toBe(1);
    expect(count('a-innovation')).toBe(2);
    expect(count('a-risk')).toBe(0);
    expect(results.coverage.map((c) => c.id)).toEqual(model.items.map((i) => i.id));
  });

  it('never counts a match whose item was emptied or removed', () => {
    const stale: ListAnswer = {
      items: [{ id: 'x', text: '  ' }],
      matches: [
        { itemId: 'x', modelId: 'a-risk' },
        { itemId: 'gone', modelId: 'a-innovation' },
      ],
    };
    expect(listResults([stale], model).coverage.every((c) => c.count === 0)).toBe(true);
  });

  it('shows the most written ideas and counts the others', () => {
    const many = Array.from({ length: SHOWN_IDEAS + 5 }, (_, i) => `Idea ${i}`);
    const results = listResults([list(...many)], model);
    expect(results.ideas.ideas).toHaveLength(SHOWN_IDEAS);
    expect(results.ideas.moreIdeas).toBe(5);
  });

  it('never counts an idea more often than there are learners, nor covers an item more', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.constantFrom('Trust', 'trust', 'Innovation', 'Price', ' '), { maxLength: 6 }),
          {
            maxLength: 12,
          },
        ),
        (lists) => {
          const results = listResults(
            lists.map((texts) => list(...texts)),
            model,
          );
          for (const idea of results.ideas.ideas)
            expect(idea.count).toBeLessThanOrEqual(lists.length);
          for (const item of results.coverage) expect(item.count).toBeLessThanOrEqual(lists.length);
        },
      ),
    );
  });
});

describe('pros and cons in the room', () => {
  it('merges the good and the bad apart, counts the views and covers both sides of the model', () => {
    const results = prosAndConsResults(
      [
        {
          positives: [{ id: 'p', text: 'Low cost' }],
          negatives: [{ id: 'n', text: 'Fragility' }],
          suitable: 'no',
          reason: '',
          matches: [],
        },
        {
          positives: [{ id: 'p', text: 'low cost' }],
          negatives: [],
          suitable: 'depends',
          reason: '',
          matches: [],
        },
      ],
      exerciseE.model,
    );
    expect(results.positives.ideas).toEqual([{ text: 'Low cost', count: 2 }]);
    expect(results.negatives.ideas).toEqual([{ text: 'Fragility', count: 1 }]);
    expect(results.views).toEqual({ yes: 0, no: 1, depends: 1 });
    expect(results.coverage.find((c) => c.id === 'e-low-cost')?.count).toBe(2);
    expect(results.coverage.find((c) => c.id === 'e-fragility')?.count).toBe(1);
  });
});

describe('top threes in the room', () => {
  it('ranks what each side chose most, and counts how many expectations the two sides share', () => {
    const results = topThreeResults([
      {
        customer: [pick('c1', 'Reliability'), pick('c2', 'Price')],
        supplier: [pick('s1', 'Reliability'), pick('s2', 'Volume')],
        links: [{ customerId: 'c2', supplierId: 's2' }],
        reflection: '',
      },
      {
        customer: [pick('c1', 'Price')],
        supplier: [pick('s1', 'Profit')],
        links: [],
        reflection: '',
      },
    ]);
    expect(results.customer).toEqual([
      { text: 'Price', count: 2, averageRank: 1.5 },
      { text: 'Reliability', count: 1, averageRank: 1 },
    ]);
    expect(results.shared).toEqual([1, 0, 1, 0]);
  });
});

describe('stage scores in the room', () => {
  const scores = (...s: Array<StatementScore | null>) => ({ scores: s });

  it('places each account by its latest saved scoring, else its complete working scores', () => {
    const results = stageScoresResults([
      { answer: scores(3, 3, 3, 3, 3, 3), scorings: [] },
      { answer: scores(0, 0, 0, 0, 0, null), scorings: [] },
      {
        answer: scores(0, 0, 0, 0, 0, 0),
        scorings: [
          {
            id: 's',
            scores: [2, 2, 2, 2, 2, 2],
            total: 12,
            stage: 'interdependent',
            scoredAt: '2026-11-25T10:00:00.000Z',
            view: 'own',
          },
        ],
      },
    ]);
    expect(results.stages).toEqual({
      basic: 0,
      'co-operative': 0,
      interdependent: 1,
      integrated: 1,
    });
  });

  it('averages each statement over the answers that scored it', () => {
    const results = stageScoresResults([
      { answer: scores(3, 1, null, null, null, null), scorings: [] },
      { answer: scores(1, null, null, null, null, null), scorings: [] },
    ]);
    expect(results.averages).toEqual([2, 1, null, null, null, null]);
  });

  it('keeps every average on the scale and counts no account twice', () => {
    const score = fc.constantFrom<StatementScore | null>(0, 1, 2, 3, null);
    fc.assert(
      fc.property(
        fc.array(fc.array(score, { minLength: 6, maxLength: 6 }), { maxLength: 20 }),
        (answers) => {
          const results = stageScoresResults(
            answers.map((s) => ({ answer: { scores: s }, scorings: [] })),
          );
          for (const average of results.averages)
            if (average !== null) expect(average).toBeGreaterThanOrEqual(0);
          for (const average of results.averages)
            if (average !== null) expect(average).toBeLessThanOrEqual(3);
          const placed = Object.values(results.stages).reduce((a, b) => a + b, 0);
          expect(placed).toBe(answers.filter((s) => s.every((x) => x !== null)).length);
        },
      ),
    );
  });
});

describe('stage choices and contact maps in the room', () => {
  it('counts the votes per stage', () => {
    expect(
      stageChoiceResults([
        { stage: 'basic', why: '' },
        { stage: 'basic', why: 'one contact' },
        { stage: 'integrated', why: '' },
      ]).votes,
    ).toEqual({ basic: 2, 'co-operative': 0, interdependent: 0, integrated: 1 });
  });

  it('counts the maps by their diagnosed pattern', () => {
    const exhibit = exerciseF.exhibit.map;
    const results = contactMapResults([exhibit, exhibit, { people: [], links: [] }]);
    expect(results.patterns['kam-hog']).toBe(2);
    expect(results.patterns.empty).toBe(1);
  });
});

describe('the room’s results for an exercise of any kind', () => {
  const entry = <K extends 'list' | 'stage-scores' | 'contact-map'>(
    participantId: string,
    accountId: string | null,
    answer: RoomEntry<K>['answer'],
  ): RoomEntry<K> => ({ participantId, accountId, answer, scorings: [] });

  it('counts only answers that are answered, and says whose they are', () => {
    const results = roomResults(exerciseA, [
      entry('p1', null, list('Trust')),
      entry('p2', null, list(' ')),
    ]);
    expect(results).toMatchObject({
      exercise: 'A',
      total: 2,
      answered: 1,
      answeredBy: [{ participantId: 'p1', accountId: null }],
      results: { kind: 'list' },
    });
  });

  it('aggregates by the exercise’s kind', () => {
    expect(
      roomResults(exerciseD, [entry('p', 'a', { scores: [1, 1, 1, 1, 1, 1] })]).results.kind,
    ).toBe('stage-scores');
    expect(
      roomResults(exerciseG, [entry('p', 'a', { people: [], links: [] })]).results,
    ).toMatchObject({
      kind: 'contact-map',
      patterns: { empty: 0 },
    });
  });
});
