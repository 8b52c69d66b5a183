/** How a room voted on a stage choice (F): the votes per stage. */
import { z } from 'zod';
import { Stage } from '../domain/stage';
import type { StageChoiceAnswer } from './stage-choice';
import { countByStage } from './stage-scores-results';

export const StageChoiceResults = z.strictObject({
  kind: z.literal('stage-choice'),
  votes: z.record(Stage, z.int().min(0)),
});
export type StageChoiceResults = z.infer<typeof StageChoiceResults>;

/** The room's results for a stage choice. */
export function stageChoiceResults(answers: readonly StageChoiceAnswer[]): StageChoiceResults {
  return { kind: 'stage-choice', votes: countByStage(answers.map((a) => a.stage)) };
}
