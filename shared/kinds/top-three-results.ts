/** What a room ranked in its top threes (C): the most chosen per side, and how well sides match. */
import { z } from 'zod';
import { matchTopThree, TOP_COUNT } from '../domain/top-three';
import { tallyPicks, type TopThreeAnswer } from './top-three';

/** Requirements shown per side; the rest are left out. */
export const SHOWN_PICKS = 5;

const PickTallies = z.array(
  z.strictObject({ text: z.string(), count: z.int().min(1), averageRank: z.number() }),
);

export const TopThreeResults = z.strictObject({
  kind: z.literal('top-three'),
  customer: PickTallies,
  supplier: PickTallies,
  /** How many answers share 0, 1, 2 and 3 expectations between the two sides. */
  shared: z.array(z.int().min(0)).length(TOP_COUNT + 1),
});
export type TopThreeResults = z.infer<typeof TopThreeResults>;

/** The room's results for a top-three exercise. */
export function topThreeResults(answers: readonly TopThreeAnswer[]): TopThreeResults {
  const shared = Array.from({ length: TOP_COUNT + 1 }, () => 0);
  for (const answer of answers) {
    const pairs = matchTopThree(answer.customer, answer.supplier, answer.links).pairs.length;
    shared[Math.min(pairs, TOP_COUNT)]! += 1;
  }
  return {
    kind: 'top-three',
    customer: tallyPicks(answers, 'customer').slice(0, SHOWN_PICKS),
    supplier: tallyPicks(answers, 'supplier').slice(0, SHOWN_PICKS),
    shared,
  };
}
