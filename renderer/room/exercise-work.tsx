import { useState } from 'react';
import { useShallow } from 'zustand/shallow';
import type {
  CourseExercise,
  ExerciseDefinition,
  ExerciseLetter,
} from '../../shared/course/exercises';
import { onDeviceClock } from '../../shared/domain/timer';
import type { KindName } from '../../shared/kinds/answer-kinds';
import type { PublicExercise } from '../../shared/room/learner-view';
import type { Account, Participant } from '../../shared/schemas/workshop';
import { NameForm } from '../components/name-form';
import { CountdownTimer } from '../exercises/countdown-timer';
import { useAnswer } from '../exercises/use-answer';
import { ExercisePromptFigure, ExerciseScreenOf } from '../kinds/exercise-views';
import type { ExerciseSummary } from '../kinds/screen-props';
import { PromptCard } from '../views/exercise/prompt-card';
import { SaveStatus } from '../views/exercise/save-status';
import { useLearnerStore } from './learner-context';

/**
 * A public exercise as its screens take it. Its model is null until revealed, and every
 * kind's screen reads the model only when told it is revealed.
 */
function definitionOf(exercise: PublicExercise): ExerciseDefinition<KindName, ExerciseLetter> {
  return exercise as unknown as ExerciseDefinition<KindName, ExerciseLetter>;
}

/** An exercise on a learner's device: its questions, the room's timer and their own answer. */
export function ExerciseWork({ exercise }: { exercise: PublicExercise }) {
  const { workshop, me, session, offset } = useLearnerStore(
    useShallow((s) => ({
      workshop: s.workshop,
      me: s.me,
      session: s.session,
      offset: s.clockOffsetMs,
    })),
  );
  const [accountId, setAccountId] = useState<string | null>(null);
  if (!workshop || !me || !session) return null;
  const definition = definitionOf(exercise);
  const timer = session.facilitation.timers[exercise.letter];
  const revealed =
    session.facilitation.revealed.includes(exercise.letter) && exercise.model !== null;
  const account =
    exercise.owner === 'account'
      ? (me.accounts.find((a) => a.id === accountId) ?? me.accounts[0] ?? null)
      : null;

  return (
    <article className="learner-exercise" aria-labelledby="learner-exercise-title">
      <h1 id="learner-exercise-title" className="learner-step__title">
        {exercise.letter}. {exercise.title}
      </h1>
      <div className="learner-exercise__top">
        <PromptCard definition={definition} />
        <CountdownTimer
          exercise={exercise.letter}
          timer={timer ? onDeviceClock(timer, offset) : undefined}
          defaultDurationMs={exercise.defaultDurationMs}
          chimeMuted
          displayOnly
          onAction={() => undefined}
          onMuteChange={() => undefined}
        />
      </div>
      <ExercisePromptFigure definition={exercise as unknown as CourseExercise} />
      {exercise.owner === 'account' && (
        <AccountChoice me={me} account={account} onChoose={setAccountId} />
      )}
      {(exercise.owner === 'participant' || account) && (
        <Answer
          key={account?.id ?? ''}
          definition={definition}
          me={me}
          account={account}
          revealed={revealed}
          workshopId={workshop.id}
          exercises={session.exercises}
        />
      )}
    </article>
  );
}

function AccountChoice({
  me,
  account,
  onChoose,
}: {
  me: Participant;
  account: Account | null;
  onChoose(id: string): void;
}) {
  const addAccount = useLearnerStore((s) => s.addAccount);
  return (
    <section className="learner-account" aria-label="Your key account">
      {me.accounts.length > 0 && account ? (
        <label className="field">
          <span className="field__label">For your key account</span>
          <select
            className="input"
            value={account.id}
            onChange={(event) => onChoose(event.target.value)}
          >
            {me.accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p className="learner-note">This exercise is about one of your key customers: add it.</p>
      )}
      <NameForm
        label="Add a key account"
        placeholder="A key customer’s name"
        submitLabel="Add account"
        onSubmit={addAccount}
      />
    </section>
  );
}

function Answer<K extends KindName>({
  definition,
  me,
  account,
  revealed,
  workshopId,
  exercises,
}: {
  definition: ExerciseDefinition<K, ExerciseLetter>;
  me: Participant;
  account: Account | null;
  revealed: boolean;
  workshopId: string;
  exercises: readonly ExerciseSummary[];
}) {
  const handle = useAnswer<K>(me.id, definition, account?.id ?? null);
  return (
    <section className="exercise-work" aria-labelledby="answer-heading">
      <div className="exercise-work__bar">
        <h2 id="answer-heading" className="exercise-work__title">
          {account ? `Your answer · ${account.name}` : 'Your answer'}
        </h2>
        <SaveStatus status={handle.status} error={handle.error} onRetry={handle.retry} />
      </div>
      <ExerciseScreenOf
        definition={definition}
        workshopId={workshopId}
        participant={me}
        account={account}
        answer={handle.answer}
        onChange={handle.change}
        revealed={revealed}
        exercises={exercises}
      />
    </section>
  );
}
