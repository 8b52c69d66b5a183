import { useEffect } from 'react';
import { useShallow } from 'zustand/shallow';
import type { CourseExercise } from '../../../../shared/course/exercises';
import { ExerciseResults } from '../../../kinds/exercise-views';
import { resultsKey } from '../../../store/slices/room-slice';
import { useAppStore } from '../../../store/store-context';

/** The room's answers to the current exercise, merged as they arrive; put on the projector at will. */
export function LiveResults({
  workshopId,
  definition,
}: {
  workshopId: string;
  definition: CourseExercise;
}) {
  const letter = definition.letter;
  const { results, room, loadRoomResults, updateRoom } = useAppStore(
    useShallow((s) => ({
      results: s.roomResults.get(resultsKey(workshopId, letter)),
      room: s.rooms.get(workshopId),
      loadRoomResults: s.loadRoomResults,
      updateRoom: s.updateRoom,
    })),
  );
  useEffect(() => {
    void loadRoomResults(workshopId, letter);
  }, [workshopId, letter, loadRoomResults]);

  const projected = room?.settings.projector === 'results';
  const named = room?.settings.namesOnProjector ?? false;
  return (
    <section className="console-card live-results" aria-labelledby="live-results-title">
      <div className="live-results__head">
        <h2 id="live-results-title" className="console-card__title">
          The room’s answers · {letter}
        </h2>
        <p className="live-results__count" role="status">
          {results ? `${results.answered} of ${results.total} answered` : 'Loading…'}
        </p>
      </div>
      <div className="live-results__projector">
        <button
          type="button"
          className={`button ${projected ? 'button--secondary' : ''}`}
          aria-pressed={projected}
          onClick={() => void updateRoom(workshopId, { projector: projected ? 'step' : 'results' })}
        >
          {projected ? 'Back to the exercise on the projector' : 'Show results on the projector'}
        </button>
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={named}
            onChange={(event) =>
              void updateRoom(workshopId, { namesOnProjector: event.target.checked })
            }
          />
          <span className="switch__track" aria-hidden="true" />
          <span className="switch__label">
            Names on the projector <span className="switch__hint">off: anonymous</span>
          </span>
        </label>
      </div>
      {results && <ExerciseResults definition={definition} results={results} showModel compact />}
    </section>
  );
}
