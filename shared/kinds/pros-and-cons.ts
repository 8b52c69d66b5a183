/** What is good and bad about something, and a view on it (exercise E: basic relationships). */
import { z } from 'zod';
import { defineKind, matchProblem } from './answer-kind';
import { AnswerText, filledItems, filledTexts, isBlank, namesRemoved } from './answer-text';
import { ListItems, ModelItem, ModelMatches } from './list';

/** The learner's view: does it suit? */
export const Suitability = z.enum(['yes', 'no', 'depends']);
export type Suitability = z.infer<typeof Suitability>;

/** How each view is said, on screen and on paper. */
export const suitabilityLabels: Readonly<Record<Suitability, string>> = {
  yes: 'Yes',
  no: 'No',
  depends: 'It depends',
};

export const ProsAndConsAnswer = z.strictObject({
  positives: ListItems,
  negatives: ListItems,
  suitable: Suitability.nullable(),
  reason: AnswerText,
  matches: ModelMatches,
});
export type ProsAndConsAnswer = z.infer<typeof ProsAndConsAnswer>;

/** The model answer: its positives and negatives, and the course's conclusion. */
export const ProsAndConsModel = z.strictObject({
  intro: z.string(),
  positives: z.array(ModelItem),
  negatives: z.array(ModelItem),
  conclusion: z.string(),
});
export type ProsAndConsModel = z.infer<typeof ProsAndConsModel>;

/** What is weighed, and the question the learner's view answers. */
export interface ProsAndConsSetup {
  /** What the good and the bad are about, in the plural: "basic relationships". */
  subject: string;
  /** The view asked for, in a few words. */
  viewQuestion: string;
}

export const prosAndConsKind = defineKind({
  answer: ProsAndConsAnswer,
  model: ProsAndConsModel,
  empty: { positives: [], negatives: [], suitable: null, reason: '', matches: [] },
  isAnswered: (answer) =>
    filledItems(answer.positives).length + filledItems(answer.negatives).length > 0 ||
    answer.suitable !== null ||
    !isBlank(answer.reason),
  digest: (answer) => {
    const positives = filledTexts(answer.positives);
    const negatives = filledTexts(answer.negatives);
    const view = answer.suitable === null ? 'no view yet' : `suits KAM: ${answer.suitable}`;
    return {
      headline: `${positives.length} good · ${negatives.length} bad · ${view}`,
      items: [...positives.map((t) => `+ ${t}`), ...negatives.map((t) => `− ${t}`)],
    };
  },
  referenceProblem: (answer) =>
    matchProblem(answer.matches, [...answer.positives, ...answer.negatives]),
  // The reason behind the view is the learner's private note: it stays in the room.
  clientSafe: (answer, names) => ({
    ...answer,
    positives: namesRemoved(answer.positives, names),
    negatives: namesRemoved(answer.negatives, names),
    reason: '',
  }),
});
