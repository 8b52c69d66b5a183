import { useShallow } from 'zustand/shallow';
import { exerciseIn } from '../../../shared/content/resolve-content';
import {
  type CourseExercise,
  type ExerciseDefinition,
  type ExerciseLetter,
} from '../../../shared/course/exercises';
import type { KindName } from '../../../shared/kinds/answer-kinds';
import type { Account, Participant } from '../../../shared/schemas/workshop';
import { RouteLink } from '../../components/route-link';
import { StatusPanel } from '../../components/status-panel';
import { useShownWorkshop, WorkshopPending } from '../../components/workshop-pending';
import { WorkshopBreadcrumb } from '../../components/workshop-breadcrumb';
import { ExerciseTimer } from '../../exercises/exercise-timer';
import { ExerciseScreenOf } from '../../kinds/exercise-views';
import type { ExerciseScreenProps } from '../../kinds/screen-props';
import { useAnswer } from '../../exercises/use-answer';
import type { Route } from '../../store/routes';
import { useAppStore } from '../../store/store-context';
import { useWorkshopContent } from '../../store/use-workshop-content';
import { ExerciseTabs } from './exercise-tabs';
import { OwnerPicker } from './owner-picker';
import { PromptCard } from './prompt-card';
import { RevealButton } from './reveal-button';
import { SaveStatus } from './save-status';

type ExerciseRoute = Extract<Route, { name: 'exercise' }>;

/** One exercise for one participant (and key account): prompt, timer, reveal, their answer. */
export function ExerciseView({ route }: { route: ExerciseRoute }) {
  const { detail, status, error, navigate } = useShownWorkshop(route.workshopId);
  const content = useWorkshopContent(route.workshopId);

  if (!detail || !content) {
    return <WorkshopPending status={status} error={error} loading="Loading exercise…" />;
  }

  const definition = exerciseIn(content, route.letter);
  const { workshop, participants } = detail;
  const participant = participants.find((p) => p.id === route.participantId) ?? participants[0];
  const account =
    definition.owner === 'account' && participant
      ? (participant.accounts.find((a) => a.id === route.accountId) ??
        participant.accounts[0] ??
        null)
      : null;
  const go = (change: Partial<ExerciseRoute>) =>
    navigate({ ...route, ...change }, { replace: true });

  return (
    <div className="page page--wide exercise-page">
      <WorkshopBreadcrumb workshopId={workshop.id} />
      <ExerciseTabs
        workshopId={workshop.id}
        current={route.letter}
        participantId={participant?.id}
        navigate={navigate}
      />
      <header className="exercise-head">
        <h1 className="page__title">
          {definition.letter}. {definition.title}
        </h1>
        {participant && (
          <OwnerPicker
            participants={participants}
            participant={participant}
            account={account}
            forAccount={definition.owner === 'account'}
            onParticipant={(participantId) => go({ participantId, accountId: undefined })}
            onAccount={(accountId) => go({ accountId })}
          />
        )}
      </header>
      <ExerciseTop
        workshopId={workshop.id}
        definition={definition}
        facilitated={workshop.mode === 'facilitated'}
      />
      {!participant ? (
        <StatusPanel
          kind="empty"
          title="Nobody is in this workshop yet"
          detail="Add participants on the workshop page; their answers appear here."
        />
      ) : definition.owner === 'account' && !account ? (
        <StatusPanel
          kind="empty"
          title={`${participant.name} has no key accounts yet`}
          detail="This exercise is about one key account: add one on the workshop page first."
          action={
            <RouteLink
              route={{ name: 'workshop', id: workshop.id }}
              navigate={navigate}
              className="button button--primary"
            >
              Add a key account
            </RouteLink>
          }
        />
      ) : (
        <AnswerArea
          key={`${participant.id}|${account?.id ?? ''}`}
          workshopId={workshop.id}
          definition={definition as ExerciseDefinition<KindName, ExerciseLetter>}
          participant={participant}
          account={account}
          exercises={content.exercises}
        />
      )}
    </div>
  );
}

/**
 * The prompt with the timer and the model answer's state beside it. In a facilitated workshop
 * the room follows the trainer's console, so this page only shows where the timer and the
 * reveal stand; a self-study learner runs their own.
 */
function ExerciseTop({
  workshopId,
  definition,
  facilitated,
}: {
  workshopId: string;
  definition: CourseExercise;
  facilitated: boolean;
}) {
  const { state, setRevealed, navigate } = useAppStore(
    useShallow((s) => ({
      state: s.facilitation.get(workshopId),
      setRevealed: s.setRevealed,
      navigate: s.navigate,
    })),
  );
  const letter = definition.letter;
  const revealed = state?.revealed.includes(letter) ?? false;
  return (
    <div className="exercise-top">
      <PromptCard definition={definition} />
      <aside className="exercise-controls" aria-label="Timer and model answer">
        {facilitated ? (
          <>
            <ExerciseTimer workshopId={workshopId} letter={letter} displayOnly />
            <p className="reveal-state" role="status">
              {revealed
                ? 'The trainer has revealed the model answer.'
                : 'The model answer is hidden until the trainer reveals it.'}
            </p>
            <p className="exercise-controls__console">
              The timer and the reveal are run from the{' '}
              <RouteLink route={{ name: 'console', workshopId }} navigate={navigate}>
                session console
              </RouteLink>
              .
            </p>
          </>
        ) : (
          <>
            <ExerciseTimer workshopId={workshopId} letter={letter} />
            <RevealButton
              revealed={revealed}
              onChange={(next) => void setRevealed(workshopId, letter, next)}
            />
            <p className="exercise-controls__console">
              <RouteLink route={{ name: 'session', workshopId }} navigate={navigate}>
                Back to the guided session
              </RouteLink>
            </p>
          </>
        )}
      </aside>
    </div>
  );
}

interface AnswerAreaProps<K extends KindName> {
  workshopId: string;
  exercises: ExerciseScreenProps<K>['exercises'];
  definition: ExerciseDefinition<K, ExerciseLetter>;
  participant: Participant;
  account: Account | null;
}

/** The participant's answer, saved as it is typed. */
function AnswerArea<K extends KindName>({
  workshopId,
  definition,
  participant,
  account,
  exercises,
}: AnswerAreaProps<K>) {
  const handle = useAnswer<K>(participant.id, definition, account?.id ?? null);
  const revealed = useAppStore(
    (s) => s.facilitation.get(workshopId)?.revealed.includes(definition.letter) ?? false,
  );
  return (
    <section className="exercise-work" aria-labelledby="answer-heading">
      <div className="exercise-work__bar">
        <h2 id="answer-heading" className="exercise-work__title">
          <span className="exercise-work__label">Answering as</span>{' '}
          {account ? `${participant.name} · ${account.name}` : participant.name}
        </h2>
        {account && (
          <PlanLink workshopId={workshopId} participant={participant} account={account} />
        )}
        <SaveStatus status={handle.status} error={handle.error} onRetry={handle.retry} />
      </div>
      {handle.status === 'loading' ? (
        <StatusPanel kind="loading" title="Loading answer…" />
      ) : (
        <ExerciseScreenOf
          definition={definition}
          workshopId={workshopId}
          participant={participant}
          account={account}
          answer={handle.answer}
          onChange={handle.change}
          revealed={revealed}
          exercises={exercises}
        />
      )}
    </section>
  );
}

/** The way from an exercise about an account to that account's relationship plan. */
function PlanLink({
  workshopId,
  participant,
  account,
}: {
  workshopId: string;
  participant: Participant;
  account: Account;
}) {
  const navigate = useAppStore((s) => s.navigate);
  return (
    <RouteLink
      route={{ name: 'plan', workshopId, participantId: participant.id, accountId: account.id }}
      navigate={navigate}
      className="exercise-work__plan"
    >
      Relationship plan for {account.name}
    </RouteLink>
  );
}
