import type { ExerciseLetter } from '../../../shared/exercises/letters';
import type { Participant } from '../../../shared/schemas/workshop';
import { digestAnswer } from '../../../shared/exercises/answers';
import { enteredByLabels } from '../../../shared/exercises/entered-by';
import { nameLabels } from '../../presenter/names';
import { useExerciseAnswers } from '../../presenter/use-exercise-answers';

/** Items shown per answer before the rest are counted. */
const SHOWN_ITEMS = 5;

interface ParticipantAnswersProps {
  participants: readonly Participant[];
  letter: ExerciseLetter;
}

/** What each participant has typed for the current exercise, compact, updating as they save. */
export function ParticipantAnswers({ participants, letter }: ParticipantAnswersProps) {
  const answers = useExerciseAnswers(participants, letter);
  // The console is the trainer's own screen: real names here, whatever the projector shows.
  const names = nameLabels(participants, false);
  return (
    <section className="console-card room-answers" aria-labelledby="room-answers-title">
      <h2 id="room-answers-title" className="console-card__title">
        Answers in the room
      </h2>
      {answers.length === 0 ? (
        <p className="console-card__empty">
          {participants.length === 0
            ? 'No participants in this workshop yet.'
            : 'Nobody has a key account for this exercise yet.'}
        </p>
      ) : (
        <ul className="room-answers__list">
          {answers.map((answer) => {
            const digest = digestAnswer(letter, answer.payload);
            const who = answer.accountId
              ? `${names.participant(answer.participantId)} · ${names.account(answer.accountId)}`
              : names.participant(answer.participantId);
            return (
              <li
                key={`${answer.participantId}|${answer.accountId ?? ''}`}
                className="room-answers__item"
              >
                <p className="room-answers__who">
                  <strong>{who}</strong>{' '}
                  <span
                    className={digest.answered ? 'room-answers__headline' : 'room-answers__none'}
                  >
                    {digest.answered ? digest.headline : 'nothing yet'}
                  </span>
                  {answer.enteredBy === 'trainer' && (
                    <span className="room-answers__entered">{enteredByLabels.trainer}</span>
                  )}
                </p>
                {digest.items.length > 0 && (
                  <ul className="room-answers__items">
                    {digest.items.slice(0, SHOWN_ITEMS).map((item, i) => (
                      <li key={i}>{item}</li>
                    ))}
                    {digest.items.length > SHOWN_ITEMS && (
                      <li className="room-answers__more">
                        +{digest.items.length - SHOWN_ITEMS} more
                      </li>
                    )}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
