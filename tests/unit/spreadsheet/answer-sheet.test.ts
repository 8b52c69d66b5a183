import { describe, expect, it } from 'vitest';
import {
  exerciseA,
  exerciseC,
  exerciseD,
  exerciseE,
  exerciseF,
  exerciseG,
} from '../../../shared/course/exercises';
import { answerSheet, type SheetEntry } from '../../../shared/spreadsheet/sheet';
import type { KindName } from '../../../shared/kinds/answer-kinds';

function entry<K extends KindName>(
  answer: SheetEntry<K>['answer'],
  more: Partial<SheetEntry<K>> = {},
): SheetEntry<K> {
  return { participant: 'Ana', account: null, answer, enteredBy: 'trainer', scorings: [], ...more };
}

describe('an exercise’s answers as a sheet', () => {
  it('lists one row per item of a list, with the model item it matched; one row if none', () => {
    const sheet = answerSheet(
      exerciseA,
      [
        entry<'list'>({
          items: [
            { id: 'i1', text: ' Trust ' },
            { id: 'i2', text: '' },
            { id: 'i3', text: 'Innovation' },
          ],
          matches: [{ itemId: 'i3', modelId: 'a-innovation' }],
        }),
        entry<'list'>({ items: [], matches: [] }, { participant: 'Bo', enteredBy: null }),
      ],
      { clientSafe: false },
    );
    expect(sheet).toEqual([
      ['Participant', 'Entered by', 'Item', 'Matched model item'],
      ['Ana', 'Trainer', 'Trust', ''],
      ['Ana', 'Trainer', 'Innovation', 'Innovation'],
      ['Bo', '', '', ''],
    ]);
  });

  it('gives a top three per account, its shared expectations, and the reflection unless client-safe', () => {
    const answer = {
      customer: [{ id: 'c1', text: 'Price', sourceItemId: null }],
      supplier: [{ id: 's1', text: 'price', sourceItemId: null }],
      links: [],
      reflection: 'They want it cheap',
    };
    const named = answerSheet(exerciseC, [entry<'top-three'>(answer, { account: 'Globex' })], {
      clientSafe: false,
    });
    expect(named[0]).toEqual([
      'Participant',
      'Account',
      'Entered by',
      'Customer 1',
      'Customer 2',
      'Customer 3',
      'Supplier 1',
      'Supplier 2',
      'Supplier 3',
      'Shared expectations',
      'Reflection',
    ]);
    expect(named[1]).toEqual([
      'Ana',
      'Globex',
      'Trainer',
      'Price',
      '',
      '',
      'price',
      '',
      '',
      '1',
      'They want it cheap',
    ]);
    const safe = answerSheet(exerciseC, [entry<'top-three'>(answer, { account: 'Globex' })], {
      clientSafe: true,
    });
    expect(safe[0]).not.toContain('Reflection');
    expect(safe[1]).not.toContain('They want it cheap');
  });

  it('scores each statement, with the total and stage, from a saved scoring when none is being worked on', () => {
    const sheet = answerSheet(
      exerciseD,
      [
        entry<'stage-scores'>({ scores: [3, 3, 2, 2, 1, 1] }, { account: 'Globex' }),
        entry<'stage-scores'>(
          { scores: [null, null, null, null, null, null] },
          {
            account: 'Initech',
            scorings: [
              {
                id: 's1',
                scores: [0, 0, 0, 0, 1, 1],
                total: 2,
                stage: 'basic',
                scoredAt: '2026-03-01T10:00:00.000Z',
                view: 'own',
              },
            ],
          },
        ),
      ],
      { clientSafe: false },
    );
    expect(sheet[0]).toHaveLength(3 + 6 + 3);
    expect(sheet[0]![3]).toMatch(/^1\. If our relationship ended/);
    expect(sheet[1]!.slice(3)).toEqual([
      '3',
      '3',
      '2',
      '2',
      '1',
      '1',
      '12',
      'Interdependent',
      'working scores',
    ]);
    expect(sheet[2]!.slice(3)).toEqual([
      '0',
      '0',
      '0',
      '0',
      '1',
      '1',
      '2',
      'Basic',
      '2026-03-01T10:00:00.000Z',
    ]);
  });

  it('gives the view on pros and cons with each good and bad point', () => {
    const sheet = answerSheet(
      exerciseE,
      [
        entry<'pros-and-cons'>({
          positives: [{ id: 'p', text: 'Cheap' }],
          negatives: [{ id: 'n', text: 'Fragile' }],
          suitable: 'depends',
          reason: 'Size',
          matches: [{ itemId: 'n', modelId: 'e-fragility' }],
        }),
      ],
      { clientSafe: true },
    );
    expect(sheet).toEqual([
      [
        'Participant',
        'Entered by',
        exerciseE.viewQuestion,
        'Good or bad',
        'Item',
        'Matched model item',
      ],
      ['Ana', 'Trainer', 'It depends', 'Good', 'Cheap', ''],
      ['Ana', 'Trainer', 'It depends', 'Bad', 'Fragile', 'Fragility'],
    ]);
  });

  it('says whether the stage chosen is the answer', () => {
    const sheet = answerSheet(
      exerciseF,
      [entry<'stage-choice'>({ stage: 'basic', why: 'One contact' })],
      {
        clientSafe: false,
      },
    );
    expect(sheet[1]).toEqual(['Ana', 'Trainer', 'Basic', 'Yes', 'One contact']);
  });

  it('counts a contact map’s people and links and names its pattern', () => {
    const sheet = answerSheet(
      exerciseG,
      [
        entry<'contact-map'>(
          {
            people: [
              {
                id: 'k',
                side: 'supplier',
                level: 'middle',
                department: 'Sales',
                isKeyAccountManager: true,
              },
              { id: 'b', side: 'customer', level: 'middle', department: 'Buying' },
            ],
            links: [{ id: 'l', from: 'k', to: 'b' }],
          },
          { account: 'Globex' },
        ),
        entry<'contact-map'>({ people: [], links: [] }, { account: 'Initech' }),
      ],
      { clientSafe: false },
    );
    expect(sheet[0]!.slice(3)).toEqual([
      'People',
      'Supplier people',
      'Customer people',
      'Links',
      'Contacts (reciprocated)',
      'One-sided contacts',
      'Pattern',
      'Verdict',
    ]);
    expect(sheet[1]!.slice(3, 9)).toEqual(['2', '1', '1', '1', '1', '0']);
    expect(sheet[1]![9]).not.toBe('');
    expect(sheet[2]!.slice(3)).toEqual(['0', '', '', '0', '', '', '', '']);
  });
});
