import { describe, expect, it } from 'vitest';
import {
  addPick,
  matchSummary,
  movePick,
  newPickId,
  pairOf,
  rankDistanceLabel,
  removePick,
  setLink,
} from '../../../renderer/kinds/top-three/top-three-edits';
import { matchTopThree, TOP_COUNT } from '../../../shared/domain/top-three';
import { TopThreeAnswer, type TopPick } from '../../../shared/kinds/top-three';
import { Id } from '../../../shared/schemas/common';

const empty: TopThreeAnswer = { customer: [], supplier: [], links: [], reflection: '' };
const pick = (id: string, text = id): TopPick => ({ id, text, sourceItemId: null });

/** Three picks a side, the customer's first linked to the supplier's second. */
const full: TopThreeAnswer = {
  customer: [pick('c1', 'Reliability'), pick('c2', 'Innovation'), pick('c3', 'Price')],
  supplier: [pick('s1', 'Volume'), pick('s2', 'Dependability'), pick('s3', 'Margin')],
  links: [{ customerId: 'c1', supplierId: 's2' }],
  reflection: '',
};

const texts = (picks: readonly TopPick[]) => picks.map((p) => p.text);

describe('choosing a top three', () => {
  it('adds a pick at the next open rank, trimmed, remembering the list item it came from', () => {
    const once = addPick(empty, 'customer', '  Reliability ', 'item1');
    const twice = addPick(once, 'customer', 'Innovation', null);
    expect(twice.customer).toEqual([
      { id: once.customer[0]!.id, text: 'Reliability', sourceItemId: 'item1' },
      { id: twice.customer[1]!.id, text: 'Innovation', sourceItemId: null },
    ]);
    expect(twice.customer[0]!.id).not.toBe(twice.customer[1]!.id);
    expect(TopThreeAnswer.safeParse(twice).success).toBe(true);
  });

  it(`leaves the answer as it is for blank text or a side that already has ${TOP_COUNT}`, () => {
    expect(addPick(empty, 'supplier', '   ', null)).toBe(empty);
    expect(addPick(full, 'supplier', 'Loyalty', null)).toBe(full);
  });

  it('makes ids the answer schema accepts', () => {
    const ids = Array.from({ length: 50 }, newPickId);
    expect(new Set(ids).size).toBe(50);
    for (const id of ids) expect(Id.safeParse(id).success).toBe(true);
  });

  it('moves a pick to another rank, clamping past the ends', () => {
    expect(texts(movePick(full, 'customer', 'c3', 0).customer)).toEqual([
      'Price',
      'Reliability',
      'Innovation',
    ]);
    expect(texts(movePick(full, 'customer', 'c1', 99).customer)).toEqual([
      'Innovation',
      'Price',
      'Reliability',
    ]);
    expect(movePick(full, 'supplier', 's1', 1).supplier.map((p) => p.id)).toEqual([
      's2',
      's1',
      's3',
    ]);
  });

  it('removes a pick with its link, so no link points at nothing', () => {
    const withoutSupplier = removePick(full, 'supplier', 's2');
    expect(withoutSupplier.supplier.map((p) => p.id)).toEqual(['s1', 's3']);
    expect(withoutSupplier.links).toEqual([]);
    const withoutCustomer = removePick(full, 'customer', 'c1');
    expect(withoutCustomer.links).toEqual([]);
    expect(removePick(full, 'customer', 'c2').links).toEqual(full.links);
  });
});

describe('linking the two sides', () => {
  it('gives each pick at most one partner: a new link replaces the old of either pick', () => {
    expect(setLink(full, 'c1', 's3').links).toEqual([{ customerId: 'c1', supplierId: 's3' }]);
    expect(setLink(full, 'c2', 's2').links).toEqual([{ customerId: 'c2', supplierId: 's2' }]);
    expect(setLink(full, 'c2', 's1').links).toEqual([
      { customerId: 'c1', supplierId: 's2' },
      { customerId: 'c2', supplierId: 's1' },
    ]);
  });

  it('unlinks a customer pick when it is linked to none', () => {
    expect(setLink(full, 'c1', null).links).toEqual([]);
    expect(setLink(full, 'c2', null).links).toEqual(full.links);
  });

  it('finds the pair a customer pick belongs to', () => {
    const match = matchTopThree(full.customer, full.supplier, full.links);
    expect(pairOf(match, 'c1')?.supplier.id).toBe('s2');
    expect(pairOf(match, 'c2')).toBeUndefined();
  });
});

describe('how the two top threes match, in words', () => {
  const summary = (answer: TopThreeAnswer) =>
    matchSummary(
      matchTopThree(answer.customer, answer.supplier, answer.links),
      answer.customer,
      answer.supplier,
    );

  it('asks for each side first while one is empty', () => {
    expect(summary(empty)).toBe('Choose what the customer wants most to see how the lists match.');
    expect(summary({ ...full, supplier: [], links: [] })).toBe(
      'Choose what your organisation wants most to see how the lists match.',
    );
  });

  it('invites a link when nothing is shared', () => {
    expect(summary({ ...full, links: [] })).toBe(
      '0 of 3 expectations shared — link any pair that is the same expectation.',
    );
  });

  it('says where the customer’s no. 1 stands on the supplier’s side', () => {
    expect(summary(full)).toBe('1 of 3 expectations shared; the customer’s no. 1 is your no. 2.');
    expect(summary(setLink(full, 'c1', 's1'))).toBe(
      '1 of 3 expectations shared; the customer’s no. 1 is your no. 1 too.',
    );
    expect(summary(setLink(full, 'c2', 's1'))).toBe(
      '2 of 3 expectations shared; the customer’s no. 1 is your no. 2.',
    );
    expect(summary({ ...full, links: [{ customerId: 'c3', supplierId: 's1' }] })).toBe(
      '1 of 3 expectations shared; the customer’s no. 1 is not among yours.',
    );
  });

  it('counts a single expectation in the singular', () => {
    const one = { ...full, customer: [pick('c1', 'Volume')], links: [] };
    expect(summary(one)).toBe('1 of 1 expectation shared; the customer’s no. 1 is your no. 1 too.');
  });

  it('names how far apart a pair is ranked', () => {
    expect([0, 1, 2].map(rankDistanceLabel)).toEqual(['same rank', '1 apart', '2 apart']);
  });
});
