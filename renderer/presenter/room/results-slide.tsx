import { useEffect } from 'react';
import { useShallow } from 'zustand/shallow';
import { exerciseIn } from '../../../shared/content/resolve-content';
import type { ExerciseLetter } from '../../../shared/exercises/letters';
import { ExerciseResults } from '../../kinds/exercise-views';
import { resultsKey } from '../../store/slices/room-slice';
import { useAppStore } from '../../store/store-context';
import { nameLabels } from '../names';
import { SlideShell } from '../slide-shell';
import type { Session } from '../use-session';

/**
 * The room's answers on the projector: anonymous unless the trainer names them (and names are
 * not hidden); the model answer beside them only once revealed.
 */
export function ResultsSlide({
  session,
  letter,
  named,
}: {
  session: Session;
  letter: ExerciseLetter;
  named: boolean;
}) {
  const definition = exerciseIn(session.content, letter);
  const { results, loadRoomResults } = useAppStore(
    useShallow((s) => ({
      results: s.roomResults.get(resultsKey(session.workshopId, letter)),
      loadRoomResults: s.loadRoomResults,
    })),
  );
  useEffect(() => {
    void loadRoomResults(session.workshopId, letter);
  }, [session.workshopId, letter, loadRoomResults]);

  const showNames = named && !session.state.hideNames;
  const names = nameLabels(session.detail?.participants ?? [], false);
  return (
    <SlideShell
      stepId={`${session.step.id}-results`}
      variant="results"
      kicker={`Exercise ${letter} · The room’s answers`}
      title={`${letter}. ${definition.title}`}
      footer={
        <span className="slide__section">
          {results ? `${results.answered} of ${results.total} answered` : 'Counting…'}
        </span>
      }
      fitKey={results}
    >
      {results && (
        <>
          <ExerciseResults definition={definition} results={results} showModel={session.revealed} />
          {showNames && results.answeredBy.length > 0 && (
            <p className="results-slide__names slide__text">
              Answered:{' '}
              {results.answeredBy
                .map((who) =>
                  who.accountId
                    ? `${names.participant(who.participantId)} · ${names.account(who.accountId)}`
                    : names.participant(who.participantId),
                )
                .join(', ')}
            </p>
          )}
        </>
      )}
    </SlideShell>
  );
}
