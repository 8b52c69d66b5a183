import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countedMatches, missedModelIds } from '../../../shared/domain/list';
import { matchTopThree } from '../../../shared/domain/top-three';
import { sameWording, wordingKey } from '../../../shared/domain/wording';
import { exerciseB } from '../../../shared/course/exercises';

/** Words of letters and digits, as an idea is written. */
const words = fc
  .array(fc.stringMatching(/^[A-Za-zÀ-ÿ0-9]{1,8}$/), { minLength: 1, maxLength: 5 })
  .map((list) => list.join(' '));

/** The same words typed another way: other case, other punctuation and spacing around them. */
const retyped = (text: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }),
      fc.array(fc.constantFrom('', ' ', '  ', '\n', '.', ',', '-', '’', '!', ' — ', '(', ')'), {
        minLength: text.length + 1,
        maxLength: text.length + 1,
      }),
    )
    .map(([upper, around]) =>
      [...text]
        .map((char, i) => around[i] + (upper[i] ? char.toUpperCase() : char.toLowerCase()))
        .join('')
        .concat(around[text.length] ?? ''),
    );

describe('the same item, word for word', () => {
  it.each([
    ['Market intelligence', 'market intelligence'],
    ['Market intelligence', '  Market   intelligence. '],
    ['Fewer, better suppliers (consolidation)', 'fewer better suppliers consolidation'],
    ['Co-operation', 'cooperation'],
    ['Supplier’s trust', "suppliers' trust"],
  ])('takes “%s” and “%s” as the same item', (a, b) => {
    expect(sameWording(a, b)).toBe(true);
  });

  it.each([
    ['Market intelligence', 'Market information'],
    ['Trust', 'Trusted advisor status'],
    ['Innovation', 'Supplier-led innovation'],
    ['Café', 'Cafe'],
  ])('leaves “%s” and “%s” to the learner', (a, b) => {
    expect(sameWording(a, b)).toBe(false);
  });

  it('never takes blank text as the same as anything', () => {
    expect(sameWording('', '')).toBe(false);
    expect(sameWording('  ', ' \n')).toBe(false);
    expect(wordingKey('   ')).toBe('');
  });

  it('keeps a text of symbols alone as something written', () => {
    expect(wordingKey('🙂')).toBe('🙂');
    expect(sameWording('?!', '? !')).toBe(true);
  });

  it('finds the same item however its words are cased, punctuated and spaced', () => {
    fc.assert(
      fc.property(
        words.chain((text) => fc.tuple(fc.constant(text), retyped(text))),
        ([text, other]) => {
          expect(sameWording(text, other)).toBe(true);
          expect(sameWording(other, text)).toBe(true);
        },
      ),
    );
  });

  it('is one rule: the same item exactly when the keys agree, and a key is its own key', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(sameWording(a, b)).toBe(wordingKey(a) !== '' && wordingKey(a) === wordingKey(b));
        expect(wordingKey(wordingKey(a))).toBe(wordingKey(a));
      }),
    );
  });

  it('tells apart words that differ in a letter or a digit', () => {
    fc.assert(
      fc.property(words, words, (a, b) => {
        const letters = (text: string) => text.replace(/\s/g, '').toUpperCase().toLowerCase();
        fc.pre(letters(a) !== letters(b));
        expect(sameWording(a, b)).toBe(false);
      }),
    );
  });
});

describe('the matches that count for a list', () => {
  const model = exerciseB.model.items;
  const intelligence = model.find((m) => m.text === 'Market intelligence')!;

  it('matches an idea written word for word as a model item, so it is not missed', () => {
    const items = [
      { id: 'i1', text: 'market intelligence.' },
      { id: 'i2', text: 'Information about the market' },
    ];
    const counted = countedMatches(items, [], model);
    expect(counted).toEqual([{ itemId: 'i1', modelId: intelligence.id }]);
    expect(
      missedModelIds(
        model.map((m) => m.id),
        counted,
      ),
    ).toHaveLength(model.length - 1);
  });

  it('keeps the learner’s own match for an item, even one in a model item’s words', () => {
    const items = [{ id: 'i1', text: 'Market intelligence' }];
    const chosen = [{ itemId: 'i1', modelId: 'b-confidential' }];
    expect(countedMatches(items, chosen, model)).toEqual(chosen);
  });

  it('counts the learner’s matches of this list only, and every item in a model item’s words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...model.map((m) => m.text), 'Trust', 'Good prices', ''), {
          maxLength: 12,
        }),
        fc.array(fc.tuple(fc.nat(20), fc.constantFrom(...model.map((m) => m.id)))),
        (texts, picks) => {
          const items = texts.map((text, i) => ({ id: `i${i}`, text }));
          const matches = picks.map(([i, modelId]) => ({ itemId: `i${i}`, modelId }));
          const counted = countedMatches(items, matches, model);
          for (const item of items) {
            const chosen = matches.find((m) => m.itemId === item.id);
            const found = counted.filter((m) => m.itemId === item.id);
            const same = model.find((m) => m.text === item.text);
            if (chosen) expect(found).toEqual([chosen]);
            else if (same) expect(found).toEqual([{ itemId: item.id, modelId: same.id }]);
            else expect(found).toEqual([]);
          }
          expect(counted.every((m) => items.some((item) => item.id === m.itemId))).toBe(true);
        },
      ),
    );
  });
});

describe('a top three’s pairs', () => {
  it('pairs picks in the same words whatever their punctuation', () => {
    const match = matchTopThree(
      [{ id: 'c1', text: 'On-time delivery.', sourceItemId: null }],
      [{ id: 's1', text: 'on time delivery', sourceItemId: null }],
      [],
    );
    expect(match.pairs.map((p) => p.how)).toEqual(['same-wording']);
  });
});
