/** A free list of ideas (exercises A and B): the learner's items and their matches to the model. */
import { z } from 'zod';
import { plural } from '../format/plural';
import { Id } from '../schemas/common';
import { defineKind, matchProblem } from './answer-kind';
import { AnswerText, filledItems, filledTexts, namesRemoved } from './answer-text';

/** The most items one list holds. */
export const MAX_LIST_ITEMS = 500;

/** One idea in a learner's list. */
export const ListItem = z.strictObject({ id: Id, text: AnswerText });
export type ListItem = z.infer<typeof ListItem>;

/** The learner's judgement that one of their items is the same idea as a model item. */
export const ModelMatch = z.strictObject({ itemId: Id, modelId: Id });
export type ModelMatch = z.infer<typeof ModelMatch>;

export const ListItems = z
  .array(ListItem)
  .max(MAX_LIST_ITEMS, `A list holds at most ${MAX_LIST_ITEMS} items`);
export const ModelMatches = z.array(ModelMatch).max(MAX_LIST_ITEMS);

/** An idea of a model answer that learners can match their own items to. */
export const ModelItem = z.strictObject({ id: Id, text: z.string().min(1) });
export type ModelItem = z.infer<typeof ModelItem>;

/** A list answer: the ideas, and after the reveal the learner's matches to the model answer. */
export const ListAnswer = z.strictObject({ items: ListItems, matches: ModelMatches });
export type ListAnswer = z.infer<typeof ListAnswer>;

/** The model answer of a list: its ideas and the theme that ties them together. */
export const ListModel = z.strictObject({
  intro: z.string(),
  items: z.array(ModelItem),
  theme: z.string(),
});
export type ListModel = z.infer<typeof ListModel>;

export const listKind = defineKind({
  answer: ListAnswer,
  model: ListModel,
  empty: { items: [], matches: [] },
  isAnswered: (answer) => filledItems(answer.items).length > 0,
  digest: (answer) => {
    const items = filledTexts(answer.items);
    return { headline: plural(items.length, 'item'), items };
  },
  referenceProblem: (answer) => matchProblem(answer.matches, answer.items),
  clientSafe: (answer, names) => ({ ...answer, items: namesRemoved(answer.items, names) }),
});
