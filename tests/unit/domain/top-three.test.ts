import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchTopThree } from '../../../shared/domain/top-three';
import type { TopPick } from '../../../shared/kinds/top-three';

const pick = (id: string, text: string): TopPick => ({ id, text, sourceItemId: null });
const customer = [
  pick('c1', 'Innovation'),
  pick('c2', 'Security of supply'),
  pick('c3', 'Lower cost'),
];
const supplier = [
  pick('s1', 'More profit'),
  pick('s2', 'Warning of innovation'),
  pick('s3', 'security of  supply'),
];

describe('matching the two top threes', () => {
  it('pairs what the learner links, with each side’s rank and the distance between them', () => {
    const match = matchTopThree(customer, supplier, [{ customerId: 'c1', supplierId: 's2' }]);
    expect(match.pairs[0]).toMatchObject({
      customerRank: 1,
      supplierRank: 2,
      rankDistance: 1,
      how: 'linked',
    });
  });

  it('pairs the very same wording on both sides without a link, ignoring case and spacing', () => {
    const match = matchTopThree(customer, supplier, []);
    expect(match.pairs).toEqual([
      expect.objectContaining({
        customer: customer[1],
        supplier: supplier[2],
        customerRank: 2,
        supplierRank: 3,
        how: 'same-wording',
      }),
    ]);
  });

  it('never pairs merely similar wording: that is the learner’s judgement', () => {
    const match = matchTopThree(
      [pick('c', 'Innovation')],
      [pick('s', 'Warning of innovation')],
      [],
    );
    expect(match.pairs).toEqual([]);
  });

  it('lists what only one side wants, with its rank', () => {
    const match = matchTopThree(customer, supplier, [{ customerId: 'c1', supplierId: 's2' }]);
    expect(match.onlyCustomer.map((r) => [r.pick.id, r.rank])).toEqual([['c3', 3]]);
    expect(match.onlySupplier.map((r) => [r.pick.id, r.rank])).toEqual([['s1', 1]]);
  });

  it('ignores links to picks that are gone and a second link of the same pick', () => {
    const match = matchTopThree(customer, supplier, [
      { customerId: 'gone', supplierId: 's1' },
      { customerId: 'c1', supplierId: 's1' },
      { customerId: 'c1', supplierId: 's2' },
    ]);
    expect(match.pairs.map((p) => [p.customer.id, p.supplier.id])).toEqual([
      ['c1', 's1'],
      ['c2', 's3'],
    ]);
  });

  it('accounts for every pick exactly once, paired or on its own', () => {
    const picks = (prefix: string) =>
      fc
        .array(fc.constantFrom('Value', 'Innovation', 'Profit', 'Trust'), { maxLength: 3 })
        .map((texts) => texts.map((t, i) => pick(`${prefix}${i}`, t)));
    const links = fc.array(
      fc.record({
        customerId: fc.constantFrom('c0', 'c1', 'c2'),
        supplierId: fc.constantFrom('s0', 's1', 's2'),
      }),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(picks('c'), picks('s'), links, (c, s, l) => {
        const match = matchTopThree(c, s, l);
        const customerIds = [
          ...match.pairs.map((p) => p.customer.id),
          ...match.onlyCustomer.map((r) => r.pick.id),
        ].sort();
        const supplierIds = [
          ...match.pairs.map((p) => p.supplier.id),
          ...match.onlySupplier.map((r) => r.pick.id),
        ].sort();
        expect(customerIds).toEqual(c.map((p) => p.id).sort());
        expect(supplierIds).toEqual(s.map((p) => p.id).sort());
        for (const p of match.pairs)
          expect(p.rankDistance).toBe(Math.abs(p.customerRank - p.supplierRank));
      }),
    );
  });
});
