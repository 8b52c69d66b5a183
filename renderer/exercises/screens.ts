import type { ExerciseLetter } from '../../shared/exercises/letters';
import type { ExerciseScreen } from './screen-props';
import { BasicRelationshipsExercise } from './screens/basic-relationships-exercise';
import { ContactMapExercise } from './screens/contact-map-exercise';
import { ListExercise } from './screens/list-exercise';
import { StageChoiceExercise } from './screens/stage-choice-exercise';
import { StageScoringExercise } from './screens/stage-scoring-exercise';
import { TopThreeExercise } from './screens/top-three-exercise';

/** The screen of each exercise, by letter. */
export const exerciseScreens: { readonly [L in ExerciseLetter]: ExerciseScreen<L> } = {
  A: ListExercise,
  B: ListExercise,
  C: TopThreeExercise,
  D: StageScoringExercise,
  E: BasicRelationshipsExercise,
  F: StageChoiceExercise,
  G: ContactMapExercise,
};
