import { answerIsGiven } from '../../shared/exercises/answers';
import type { NameLabels } from './names';
import type { RoomAnswer } from './use-exercise-answers';

/** How many names fit beside the timer; the rest are counted. */
const SHOWN = 8;

/** Who in the room has written something for this exercise, by name or neutral label. */
export function RoomStrip({
  answers,
  names,
}: {
  answers: readonly RoomAnswer[];
  names: NameLabels;
}) {
  if (answers.length === 0) return null;
  const written = answers.filter((a) => answerIsGiven(a.key.exercise, a.payload)).length;
  return (
    <section className="room-strip" aria-label="Answers in the room">
      <p className="room-strip__count">
        {written} of {answers.length} answers started
      </p>
      <ul className="room-strip__names">
        {answers.slice(0, SHOWN).map((answer) => {
          const started = answerIsGiven(answer.key.exercise, answer.payload);
          const label = answer.accountId
            ? `${names.participant(answer.participantId)} · ${names.account(answer.accountId)}`
            : names.participant(answer.participantId);
          return (
            <li
              key={`${answer.participantId}|${answer.accountId ?? ''}`}
              className={`room-strip__name${started ? ' room-strip__name--started' : ''}`}
            >
              <span aria-hidden="true">{started ? '✓' : '…'}</span> {label}
            </li>
          );
        })}
        {answers.length > SHOWN && (
          <li className="room-strip__name">+{answers.length - SHOWN} more</li>
        )}
      </ul>
    </section>
  );
}
