import { stageInfo } from '../../course/stages';
import type { KindSheet } from '../sheet';

/** A stage choice (F): the stage chosen, whether it is the model answer's, and why. */
export const stageChoiceSheet: KindSheet<'stage-choice'> = {
  columns: (_exercise, { clientSafe }) => [
    'Stage',
    'Matches the model answer',
    ...(clientSafe ? [] : ['Why']),
  ],
  rows: (exercise, { answer }, { clientSafe }) => [
    [
      answer.stage ? stageInfo[answer.stage].label : '',
      answer.stage ? (answer.stage === exercise.model.stage ? 'Yes' : 'No') : '',
      ...(clientSafe ? [] : [answer.why.trim()]),
    ],
  ],
};
