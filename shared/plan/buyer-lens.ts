/** The buyer's lens for one account: the customer's stance under each supplier-management heading. */
import { z } from 'zod';
import { buyerHeadings, type BuyerHeading } from '../course/buyers-lens';
import { AnswerText, isBlank } from '../kinds/answer-text';

export const BuyerHeadingName = z.enum(buyerHeadings);

/** The customer's stance under one heading, and what it means for the plan. */
export const BuyerLensEntry = z.strictObject({ stance: AnswerText, meaning: AnswerText });
export type BuyerLensEntry = z.infer<typeof BuyerLensEntry>;

export const BuyerLensPart = z.partialRecord(BuyerHeadingName, BuyerLensEntry);
export type BuyerLensPart = z.infer<typeof BuyerLensPart>;

export const emptyBuyerLens: BuyerLensPart = {};

/** The headings the learner has written something under, in heading order. */
export function headingsWritten(part: BuyerLensPart): BuyerHeading[] {
  return buyerHeadings.filter((heading) => {
    const entry = part[heading];
    return entry !== undefined && !(isBlank(entry.stance) && isBlank(entry.meaning));
  });
}
