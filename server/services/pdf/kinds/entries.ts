import type { KindName, AnswerOf } from '../../../../shared/kinds/answer-kinds';
import { heading2, notAnswered } from '../blocks';
import type { AccountAnswers, ParticipantAnswers } from '../document-data';
import type { PdfWriter } from '../writer';

/** One answer to an exercise: whose it is (and for which account), and what it says. */
export interface AnswerEntry<K extends KindName> {
  participant: ParticipantAnswers;
  /** The account it is about, for exercises answered per account. */
  account: AccountAnswers | null;
  answer: AnswerOf<K>;
}

/**
 * Draws each of a participant's answers to an exercise: under its account's name when the
 * exercise is answered per account, yielding between accounts so a long workbook stays
 * cancellable.
 */
export async function drawEntries<K extends KindName>(
  w: PdfWriter,
  entries: ReadonlyArray<AnswerEntry<K>>,
  draw: (entry: AnswerEntry<K>) => void,
): Promise<void> {
  if (entries.length === 0) notAnswered(w, 'No key account has been added');
  for (const entry of entries) {
    if (entry.account) heading2(w, entry.account.name, { mark: true });
    draw(entry);
    await w.yieldNow();
  }
}

/** The answers of an exercise answered per account, each with its participant. */
export function accountEntries<K extends KindName>(
  entries: ReadonlyArray<AnswerEntry<K>>,
): Array<AnswerEntry<K> & { account: AccountAnswers }> {
  return entries.filter((e): e is AnswerEntry<K> & { account: AccountAnswers } => !!e.account);
}
