import { answerPayloadSchemas, type AnswerPayload } from './answer-payloads';
import type { ExerciseLetter } from './letters';

/** Each exercise's answer before the learner has written anything. */
export const emptyAnswers: { readonly [L in ExerciseLetter]: AnswerPayload<L> } = {
  A: { items: [], matches: [] },
  B: { items: [], matches: [] },
  C: { customer: [], supplier: [], links: [], reflection: '' },
  D: { scores: [null, null, null, null, null, null] },
  E: { positives: [], negatives: [], suitable: null, reason: '', matches: [] },
  F: { stage: null, why: '' },
  G: { people: [], links: [] },
};

/** A stored answer as its exercise's type; the empty answer if there is none or it is unreadable. */
export function parseAnswer<L extends ExerciseLetter>(
  letter: L,
  payload: unknown,
): AnswerPayload<L> {
  if (payload === null || payload === undefined) return emptyAnswers[letter];
  const parsed = answerPayloadSchemas[letter].safeParse(payload);
  return parsed.success ? (parsed.data as AnswerPayload<L>) : emptyAnswers[letter];
}
