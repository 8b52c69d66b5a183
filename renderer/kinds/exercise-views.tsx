/** An exercise's views, whatever its kind: each picks its kind's component from the table. */
import type { CourseExercise } from '../../shared/course/exercises';
import type { KindName } from '../../shared/kinds/answer-kinds';
import { viewsOf } from './kind-views';
import type { ExerciseScreenProps } from './screen-props';

/** The exercise's model answer or debrief, for the room. */
export function ExerciseModelSlide({ definition }: { definition: CourseExercise }) {
  const { ModelSlide } = viewsOf(definition.kind);
  return <ModelSlide definition={definition} />;
}

/** What the exercise shows beside its questions (an exhibit), if its kind has anything. */
export function ExercisePromptFigure({ definition }: { definition: CourseExercise }) {
  const { PromptFigure } = viewsOf(definition.kind);
  return PromptFigure ? <PromptFigure definition={definition} /> : null;
}

/** The learner's screen for an exercise of any kind. */
export function ExerciseScreenOf<K extends KindName>(props: ExerciseScreenProps<K>) {
  const { Screen } = viewsOf(props.definition.kind);
  return <Screen {...props} />;
}
