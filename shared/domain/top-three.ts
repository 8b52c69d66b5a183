/** Exercise C: the customer's and the supplier's top three, and how well they match. */
import type { TopPick, TopThreeLink } from '../kinds/top-three';
import { sameWording } from './wording';

export type Rank = 1 | 2 | 3;

export interface MatchedPair {
  customer: TopPick;
  customerRank: Rank;
  supplier: TopPick;
  supplierRank: Rank;
  /** 0 when both sides rank it the same; 2 at most. */
  rankDistance: number;
  /** Linked by the learner, or the very same wording on both sides. */
  how: 'linked' | 'same-wording';
}

export interface RankedPick {
  pick: TopPick;
  rank: Rank;
}

export interface TopThreeMatch {
  pairs: MatchedPair[];
  onlyCustomer: RankedPick[];
  onlySupplier: RankedPick[];
}

export const TOP_COUNT = 3;

/**
 * Pairs the two top-three lists. The learner's links decide; picks with the very same
 * wording on both sides pair too. No guessing from similar text: whether two different
 * phrasings mean the same expectation is the learner's call.
 */
export function matchTopThree(
  customer: readonly TopPick[],
  supplier: readonly TopPick[],
  links: readonly TopThreeLink[],
): TopThreeMatch {
  const customerTop = customer.slice(0, TOP_COUNT);
  const supplierTop = supplier.slice(0, TOP_COUNT);
  const rankOf = (list: readonly TopPick[], id: string) =>
    (list.findIndex((p) => p.id === id) + 1) as Rank | 0;
  const usedCustomer = new Set<string>();
  const usedSupplier = new Set<string>();
  const pairs: MatchedPair[] = [];

  const pair = (c: TopPick, s: TopPick, how: MatchedPair['how']) => {
    const customerRank = rankOf(customerTop, c.id) as Rank;
    const supplierRank = rankOf(supplierTop, s.id) as Rank;
    usedCustomer.add(c.id);
    usedSupplier.add(s.id);
    pairs.push({
      customer: c,
      customerRank,
      supplier: s,
      supplierRank,
      rankDistance: Math.abs(customerRank - supplierRank),
      how,
    });
  };

  for (const link of links) {
    const c = customerTop.find((p) => p.id === link.customerId);
    const s = supplierTop.find((p) => p.id === link.supplierId);
    if (c && s && !usedCustomer.has(c.id) && !usedSupplier.has(s.id)) pair(c, s, 'linked');
  }
  for (const c of customerTop) {
    if (usedCustomer.has(c.id)) continue;
    const s = supplierTop.find((p) => !usedSupplier.has(p.id) && sameWording(p.text, c.text));
    if (s) pair(c, s, 'same-wording');
  }
  pairs.sort((a, b) => a.customerRank - b.customerRank);

  const unpaired = (list: readonly TopPick[], used: Set<string>): RankedPick[] =>
    list.flatMap((pick, i) => (used.has(pick.id) ? [] : [{ pick, rank: (i + 1) as Rank }]));
  return {
    pairs,
    onlyCustomer: unpaired(customerTop, usedCustomer),
    onlySupplier: unpaired(supplierTop, usedSupplier),
  };
}
