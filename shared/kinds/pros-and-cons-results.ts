/** What a room wrote for pros and cons (E): the good and the bad merged, the views counted. */
import { z } from 'zod';
import { filledTexts } from './answer-text';
import {
  coveredModelIds,
  IdeaResults,
  ideaResults,
  ModelCoverage,
  modelCoverage,
} from './list-results';
import { Suitability, type ProsAndConsAnswer, type ProsAndConsModel } from './pros-and-cons';

export const ProsAndConsResults = z.strictObject({
  kind: z.literal('pros-and-cons'),
  positives: IdeaResults,
  negatives: IdeaResults,
  /** The model's positives then its negatives, each with how many answers covered it. */
  coverage: ModelCoverage,
  views: z.record(Suitability, z.int().min(0)),
});
export type ProsAndConsResults = z.infer<typeof ProsAndConsResults>;

/** The room's results for a pros-and-cons exercise. */
export function prosAndConsResults(
  answers: readonly ProsAndConsAnswer[],
  model: Pick<ProsAndConsModel, 'positives' | 'negatives'>,
): ProsAndConsResults {
  const modelItems = [...model.positives, ...model.negatives];
  const views = { yes: 0, no: 0, depends: 0 };
  for (const answer of answers) if (answer.suitable) views[answer.suitable] += 1;
  return {
    kind: 'pros-and-cons',
    positives: ideaResults(answers.map((a) => filledTexts(a.positives))),
    negatives: ideaResults(answers.map((a) => filledTexts(a.negatives))),
    coverage: modelCoverage(
      modelItems,
      answers.map((a) => coveredModelIds([...a.positives, ...a.negatives], a.matches, modelItems)),
    ),
    views,
  };
}
