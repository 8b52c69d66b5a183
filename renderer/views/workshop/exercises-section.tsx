import { courseContent } from '../../../shared/content/resolve-content';
import type { Participant } from '../../../shared/schemas/workshop';
import { RouteLink } from '../../components/route-link';
import { formatMinutes } from '../../../shared/format/durations';
import type { RouteActions } from '../../store/slices/route-slice';
import { useWorkshopContent } from '../../store/use-workshop-content';

interface ExercisesSectionProps {
  workshopId: string;
  participants: readonly Participant[];
  navigate: RouteActions['navigate'];
}

/** The module's exercises, in order, each opening on the first participant's answer. */
export function ExercisesSection({ workshopId, participants, navigate }: ExercisesSectionProps) {
  const { exercises } = useWorkshopContent(workshopId) ?? courseContent;
  return (
    <section className="section" aria-labelledby="exercises-heading">
      <div className="section__head">
        <h2 id="exercises-heading" className="section__title">
          Exercises
        </h2>
      </div>
      {participants.length === 0 && (
        <p className="section__hint">
          Add a participant first: each exercise is answered by a participant.
        </p>
      )}
      <ol className="exercise-list">
        {exercises.map((e) => (
          <li key={e.letter} className="exercise-list__item">
            <RouteLink
              route={{ name: 'exercise', workshopId, letter: e.letter }}
              navigate={navigate}
              className="exercise-list__link"
            >
              <span className="exercise-list__letter" aria-hidden="true">
                {e.letter}
              </span>
              <span className="exercise-list__text">
                <span className="exercise-list__title">
                  <span className="visually-hidden">{e.letter}. </span>
                  {e.title}
                </span>
                <span className="exercise-list__meta">
                  {formatMinutes(e.defaultDurationMs)} ·{' '}
                  {e.owner === 'account' ? 'for each key account' : 'for each participant'}
                </span>
              </span>
            </RouteLink>
          </li>
        ))}
      </ol>
    </section>
  );
}
