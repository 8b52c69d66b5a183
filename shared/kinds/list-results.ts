/** What a room wrote for a list (A, B): its ideas merged, and the model items it covered. */
import { z } from 'zod';
import { filledItems, filledTexts } from './answer-text';
import type { ListAnswer, ListItem, ModelItem, ModelMatch } from './list';
import { tallyIdeas } from './tally';
import { countedMatches } from '../domain/list';

/** Ideas shown in the room's results; the rest are counted. */
export const SHOWN_IDEAS = 40;

/** The room's ideas, most often written first, as many as are shown, and how many more. */
export const IdeaResults = z.strictObject({
  ideas: z.array(z.strictObject({ text: z.string(), count: z.int().min(1) })),
  moreIdeas: z.int().min(0),
});
export type IdeaResults = z.infer<typeof IdeaResults>;

/** Each model item, in the model's order, with how many answers covered it (0: missed). */
export const ModelCoverage = z.array(
  z.strictObject({ id: z.string(), text: z.string(), count: z.int().min(0) }),
);
export type ModelCoverage = z.infer<typeof ModelCoverage>;

export const ListResults = z.strictObject({
  kind: z.literal('list'),
  ideas: IdeaResults,
  coverage: ModelCoverage,
});
export type ListResults = z.infer<typeof ListResults>;

/** Merges the room's lists: each idea once per learner, however it was typed. */
export function ideaResults(lists: ReadonlyArray<readonly string[]>): IdeaResults {
  const all = tallyIdeas(lists);
  return { ideas: all.slice(0, SHOWN_IDEAS), moreIdeas: Math.max(0, all.length - SHOWN_IDEAS) };
}

/**
 * An answer covers a model item when the learner matched one of their items to it, or wrote
 * it in the very same words: whether other words mean the same is the learner's call.
 */
export function coveredModelIds(
  items: readonly ListItem[],
  matches: readonly ModelMatch[],
  model: readonly ModelItem[],
): Set<string> {
  return new Set(countedMatches(filledItems(items), matches, model).map((m) => m.modelId));
}

/** How many answers covered each model item, in the model's order. */
export function modelCoverage(
  model: readonly ModelItem[],
  coveredPerAnswer: ReadonlyArray<ReadonlySet<string>>,
): ModelCoverage {
  return model.map(({ id, text }) => ({
    id,
    text,
    count: coveredPerAnswer.filter((covered) => covered.has(id)).length,
  }));
}

/** The room's results for a list exercise. */
export function listResults(
  answers: readonly ListAnswer[],
  model: { items: readonly ModelItem[] },
): ListResults {
  return {
    kind: 'list',
    ideas: ideaResults(answers.map((a) => filledTexts(a.items))),
    coverage: modelCoverage(
      model.items,
      answers.map((a) => coveredModelIds(a.items, a.matches, model.items)),
    ),
  };
}
