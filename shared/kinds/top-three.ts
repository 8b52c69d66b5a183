/** Both sides' top three for one account (exercise C), the pairs the learner links, a reflection. */
import { z } from 'zod';
import { plural } from '../format/plural';
import { Id } from '../schemas/common';
import { matchTopThree, TOP_COUNT } from '../domain/top-three';
import { defineKind, type AnswerReferenceProblem } from './answer-kind';
import { AnswerText, filledItems, isBlank, namesRemoved } from './answer-text';
import { wordingKey } from '../domain/wording';

/** One of a side's top three, taken from a list answer or typed anew. */
export const TopPick = z.strictObject({
  id: Id,
  text: AnswerText,
  /** The list item it was chosen from; null when typed anew. */
  sourceItemId: Id.nullable(),
});
export type TopPick = z.infer<typeof TopPick>;

/** The learner's judgement that a customer pick and a supplier pick are the same expectation. */
export const TopThreeLink = z.strictObject({ customerId: Id, supplierId: Id });
export type TopThreeLink = z.infer<typeof TopThreeLink>;

const Picks = z.array(TopPick).max(TOP_COUNT);

export const TopThreeAnswer = z.strictObject({
  customer: Picks,
  supplier: Picks,
  links: z.array(TopThreeLink).max(TOP_COUNT * TOP_COUNT),
  reflection: AnswerText,
});
export type TopThreeAnswer = z.infer<typeof TopThreeAnswer>;

/** The two sides of a top three. */
export type TopThreeSide = 'customer' | 'supplier';

/** A debrief: points the trainer makes once the room has worked. */
export const DebriefModel = z.strictObject({ intro: z.string(), points: z.array(z.string()) });
export type DebriefModel = z.infer<typeof DebriefModel>;

/** Where each side's picks come from: the letters of two list exercises of the participant. */
export interface TopThreeSetup {
  sources: Readonly<Record<TopThreeSide, string>>;
}

const sides: readonly TopThreeSide[] = ['customer', 'supplier'];

/** A pick id used twice, or a link joining a pick that is not on its side; or null. */
function topThreeReferenceProblem(answer: TopThreeAnswer): AnswerReferenceProblem | null {
  const seen = new Map<string, string>();
  for (const side of sides) {
    for (const [p, pick] of answer[side].entries()) {
      const path = `${side}[${p}].id`;
      const first = seen.get(pick.id);
      if (first) return { path, message: `duplicate id "${pick.id}"; ${first} has it already` };
      seen.set(pick.id, path);
    }
  }
  const ids = (side: TopThreeSide) => new Set(answer[side].map((pick) => pick.id));
  const picks = { customer: ids('customer'), supplier: ids('supplier') };
  for (const [l, link] of answer.links.entries()) {
    for (const side of sides) {
      const id = side === 'customer' ? link.customerId : link.supplierId;
      if (!picks[side].has(id)) {
        return { path: `links[${l}].${side}Id`, message: `no ${side} pick "${id}"` };
      }
    }
  }
  return null;
}

/**
 * The picks with each one's source kept only while it is still an item of its source list:
 * a learner may delete an item from the list after picking it, and the pick keeps its text.
 */
export function detachMissingSources(
  answer: TopThreeAnswer,
  sourceItems: Readonly<Record<TopThreeSide, ReadonlySet<string>>>,
): TopThreeAnswer {
  const detach = (side: TopThreeSide) =>
    answer[side].map((pick) =>
      pick.sourceItemId === null || sourceItems[side].has(pick.sourceItemId)
        ? pick
        : { ...pick, sourceItemId: null },
    );
  return { ...answer, customer: detach('customer'), supplier: detach('supplier') };
}

export const topThreeKind = defineKind({
  answer: TopThreeAnswer,
  model: DebriefModel,
  empty: { customer: [], supplier: [], links: [], reflection: '' },
  isAnswered: (answer) =>
    filledItems(answer.customer).length + filledItems(answer.supplier).length > 0 ||
    !isBlank(answer.reflection),
  digest: (answer) => {
    const match = matchTopThree(answer.customer, answer.supplier, answer.links);
    const ranked = (side: string, picks: readonly TopPick[]) =>
      filledItems(picks).map((pick) => `${side} ${picks.indexOf(pick) + 1}: ${pick.text.trim()}`);
    return {
      headline: `${plural(match.pairs.length, 'shared expectation')} of ${TOP_COUNT}`,
      items: [...ranked('Customer', answer.customer), ...ranked('Supplier', answer.supplier)],
    };
  },
  referenceProblem: topThreeReferenceProblem,
  // The reflection is the learner's private note on the account: it stays in the room.
  clientSafe: (answer, names) => ({
    ...answer,
    customer: namesRemoved(answer.customer, names),
    supplier: namesRemoved(answer.supplier, names),
    reflection: '',
  }),
});

/** A requirement as a group ranked it: how often it was chosen, and its mean rank. */
export interface PickTally {
  text: string;
  count: number;
  averageRank: number;
}

/** One side's picks across many answers: how often each was chosen, most often first. */
export function tallyPicks(answers: readonly TopThreeAnswer[], side: TopThreeSide): PickTally[] {
  const byKey = new Map<string, { text: string; count: number; rankSum: number }>();
  for (const answer of answers) {
    answer[side].slice(0, TOP_COUNT).forEach((pick, i) => {
      const key = wordingKey(pick.text);
      if (key === '') return;
      const entry = byKey.get(key) ?? { text: pick.text.trim(), count: 0, rankSum: 0 };
      entry.count += 1;
      entry.rankSum += i + 1;
      byKey.set(key, entry);
    });
  }
  return [...byKey.values()]
    .map(({ text, count, rankSum }) => ({ text, count, averageRank: rankSum / count }))
    .sort((a, b) => b.count - a.count || a.averageRank - b.averageRank);
}
