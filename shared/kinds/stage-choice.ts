/** The stage a learner sees in an exhibit, and why (exercise F: the linear organisation). */
import { z } from 'zod';
import { stageInfo } from '../course/stages';
import type { ContactMap } from '../domain/contact-map-model';
import { Stage } from '../domain/stage';
import { defineKind } from './answer-kind';
import { AnswerText, isBlank } from './answer-text';

export const StageChoiceAnswer = z.strictObject({ stage: Stage.nullable(), why: AnswerText });
export type StageChoiceAnswer = z.infer<typeof StageChoiceAnswer>;

/** The answer: the stage, a headline and the points behind it. */
export const StageAnswerModel = z.strictObject({
  stage: Stage,
  headline: z.string(),
  points: z.array(z.string()),
});
export type StageAnswerModel = z.infer<typeof StageAnswerModel>;

/** The picture the learner judges: a contact map drawn by the app, and how to caption it. */
export interface StageChoiceSetup {
  /** The question beside the choice of stage, in a few words. */
  choiceQuestion: string;
  exhibit: {
    map: ContactMap;
    /** What the picture is, above it. */
    caption: string;
    /** What the picture shows, for a screen reader. */
    description: string;
    supplierLabel: string;
    customerLabel: string;
  };
}

export const stageChoiceKind = defineKind({
  answer: StageChoiceAnswer,
  model: StageAnswerModel,
  empty: { stage: null, why: '' },
  isAnswered: (answer) => answer.stage !== null || !isBlank(answer.why),
  digest: (answer) => ({
    headline: answer.stage ? stageInfo[answer.stage].label : 'No stage chosen',
    items: isBlank(answer.why) ? [] : [answer.why.trim()],
  }),
  // Why the learner chose the stage is their private note: it stays in the room.
  clientSafe: (answer) => ({ ...answer, why: '' }),
});
