import { moveItem } from '../../../shared/domain/list';
import { TOP_COUNT, type MatchedPair, type TopThreeMatch } from '../../../shared/domain/top-three';
import type { TopPick, TopThreeAnswer, TopThreeSide } from '../../../shared/kinds/top-three';

/** A fresh id that fits the schema's Id; getRandomValues works outside secure contexts too. */
export function newPickId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `p${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

/** Adds a pick at the lowest open rank; a full side, or blank text, leaves the answer as is. */
export function addPick(
  answer: TopThreeAnswer,
  side: TopThreeSide,
  text: string,
  sourceItemId: string | null,
): TopThreeAnswer {
  const trimmed = text.trim();
  if (answer[side].length >= TOP_COUNT || trimmed === '') return answer;
  return { ...answer, [side]: [...answer[side], { id: newPickId(), text: trimmed, sourceItemId }] };
}

/** Moves a pick to another rank (0-based index, clamped). */
export function movePick(
  answer: TopThreeAnswer,
  side: TopThreeSide,
  id: string,
  toIndex: number,
): TopThreeAnswer {
  const byId = new Map(answer[side].map((pick) => [pick.id, pick]));
  const reordered = moveItem(answer[side], id, toIndex).flatMap((item) => byId.get(item.id) ?? []);
  return { ...answer, [side]: reordered };
}

/** Removes a pick and every link to it, so no link points at nothing. */
export function removePick(answer: TopThreeAnswer, side: TopThreeSide, id: string): TopThreeAnswer {
  const key = side === 'customer' ? 'customerId' : 'supplierId';
  return {
    ...answer,
    [side]: answer[side].filter((pick) => pick.id !== id),
    links: answer.links.filter((link) => link[key] !== id),
  };
}

/** Links a customer pick to one supplier pick (or to none); each pick has at most one partner. */
export function setLink(
  answer: TopThreeAnswer,
  customerId: string,
  supplierId: string | null,
): TopThreeAnswer {
  const others = answer.links.filter(
    (l) => l.customerId !== customerId && l.supplierId !== supplierId,
  );
  return {
    ...answer,
    links: supplierId === null ? others : [...others, { customerId, supplierId }],
  };
}

/** "same rank", "1 apart", "2 apart". */
export function rankDistanceLabel(distance: number): string {
  return distance === 0 ? 'same rank' : `${distance} apart`;
}

/** The pair a customer pick belongs to, if any. */
export function pairOf(match: TopThreeMatch, customerId: string): MatchedPair | undefined {
  return match.pairs.find((p) => p.customer.id === customerId);
}

/** One line on how far the two top threes match, led by what matters most: the customer's no. 1. */
export function matchSummary(
  match: TopThreeMatch,
  customer: readonly TopPick[],
  supplier: readonly TopPick[],
): string {
  if (customer.length === 0)
    return 'Choose what the customer wants most to see how the lists match.';
  if (supplier.length === 0)
    return 'Choose what your organisation wants most to see how the lists match.';
  const shared = match.pairs.length;
  const of = `${shared} of ${customer.length} ${customer.length === 1 ? 'expectation' : 'expectations'} shared`;
  if (shared === 0) return `${of} — link any pair that is the same expectation.`;
  const first = match.pairs.find((p) => p.customerRank === 1);
  if (!first) return `${of}; the customer’s no. 1 is not among yours.`;
  const also = first.supplierRank === 1 ? 'your no. 1 too' : `your no. ${first.supplierRank}`;
  return `${of}; the customer’s no. 1 is ${also}.`;
}
