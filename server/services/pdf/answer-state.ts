import type { AnswerPayload } from '../../../shared/exercises/answer-payloads';

const blank = (text: string) => text.trim() === '';

/** The learner's list items that say something. */
export function filledItems<T extends { text: string }>(items: readonly T[]): T[] {
  return items.filter((item) => !blank(item.text));
}

/** Whether a list answer (A, B) has anything in it. */
export function listAnswered(answer: AnswerPayload<'A'>): boolean {
  return filledItems(answer.items).length > 0;
}

/** Whether C has a pick or a reflection. */
export function topThreeAnswered(answer: AnswerPayload<'C'>): boolean {
  return (
    filledItems(answer.customer).length + filledItems(answer.supplier).length > 0 ||
    !blank(answer.reflection)
  );
}

/** Whether any of D's statements is scored. */
export function scoresAnswered(answer: AnswerPayload<'D'>): boolean {
  return answer.scores.some((score) => score !== null);
}

/** Whether E has anything in it. */
export function prosAndConsAnswered(answer: AnswerPayload<'E'>): boolean {
  return (
    filledItems(answer.positives).length + filledItems(answer.negatives).length > 0 ||
    answer.suitable !== null ||
    !blank(answer.reason)
  );
}

/** Whether F has a choice or a reason. */
export function stageChoiceAnswered(answer: AnswerPayload<'F'>): boolean {
  return answer.stage !== null || !blank(answer.why);
}

/** Whether G's map has anyone on it. */
export function mapAnswered(answer: AnswerPayload<'G'>): boolean {
  return answer.people.length > 0;
}
