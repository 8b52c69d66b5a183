import { exercises } from '../../../shared/course/exercises';
import type { ExerciseLetter } from '../../../shared/exercises/letters';
import { RouteLink } from '../../components/route-link';
import type { RouteActions } from '../../store/slices/route-slice';

interface ExerciseTabsProps {
  workshopId: string;
  current: ExerciseLetter;
  participantId: string | undefined;
  navigate: RouteActions['navigate'];
}

/** The seven exercises in module order, to move between them. */
export function ExerciseTabs({ workshopId, current, participantId, navigate }: ExerciseTabsProps) {
  return (
    <nav className="exercise-tabs" aria-label="Exercises">
      <ol>
        {exercises.map((exercise) => (
          <li key={exercise.letter}>
            <RouteLink
              route={{
                name: 'exercise',
                workshopId,
                letter: exercise.letter,
                ...(participantId ? { participantId } : {}),
              }}
              navigate={navigate}
              className="exercise-tabs__link"
              aria-current={exercise.letter === current ? 'page' : undefined}
            >
              <span className="exercise-tabs__letter" aria-hidden="true">
                {exercise.letter}
              </span>
              <span className="exercise-tabs__title">
                <span className="visually-hidden">{exercise.letter}. </span>
                {exercise.title}
              </span>
            </RouteLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}
