/** An exercise's views, whatever its kind: each picks its kind's component from the table. */
import { Suspense } from 'react';
import { StatusPanel } from '../components/status-panel';
import type { CourseExercise } from '../../shared/course/exercises';
import type { KindName } from '../../shared/kinds/answer-kinds';
import type { ResultsByKind, RoomResults } from '../../shared/kinds/room-results';
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

/** The learner's screen for an exercise of any kind (the heavier ones load on first use). */
export function ExerciseScreenOf<K extends KindName>(props: ExerciseScreenProps<K>) {
  const { Screen } = viewsOf(props.definition.kind);
  return (
    <Suspense fallback={<StatusPanel kind="loading" title="Loading the exercise…" />}>
      <Screen {...props} />
    </Suspense>
  );
}

/** The room's results for an exercise of any kind. */
export function ExerciseResults({
  definition,
  results,
  showModel,
  compact,
}: {
  definition: CourseExercise;
  results: RoomResults;
  showModel: boolean;
  compact?: boolean;
}) {
  const { Results } = viewsOf(definition.kind);
  // Results of another kind (the exercise was changed meanwhile) wait for the next load.
  if (results.results.kind !== definition.kind) return null;
  const own = results.results as ResultsByKind[typeof definition.kind];
  return (
    <Results
      definition={definition}
      results={own as never}
      answered={results.answered}
      showModel={showModel}
      {...(compact ? { compact } : {})}
    />
  );
}
