import { useShallow } from 'zustand/shallow';
import type { PublicStep } from '../../shared/room/learner-view';
import { ConnectionStatus } from './connection-status';
import { ExerciseWork } from './exercise-work';
import { useLearnerStore } from './learner-context';
import { shownStep } from './learner-store';

/** The session on a learner's device: the step the room is on (or theirs), and their work. */
export function SessionView() {
  const { workshop, me, session, index, following, goToStep } = useLearnerStore(
    useShallow((s) => ({
      workshop: s.workshop,
      me: s.me,
      session: s.session,
      index: shownStep(s),
      following: s.ownStep === null,
      goToStep: s.goToStep,
    })),
  );
  if (!workshop || !me || !session) return null;
  const step = session.steps[index];
  if (!step) return null;
  const exercise = step.exercise
    ? session.exercises.find((e) => e.letter === step.exercise)
    : undefined;
  const trainerAt = session.facilitation.stepIndex;

  return (
    <div className="learner-session">
      <header className="learner-bar">
        <div className="learner-bar__who">
          <p className="learner-bar__workshop">{workshop.title}</p>
          <p className="learner-bar__me">
            <span className="visually-hidden">Joined as </span>
            {me.name}
          </p>
        </div>
        <ConnectionStatus />
      </header>
      <nav className="learner-steps" aria-label="Steps">
        {session.selfPaced ? (
          <>
            <button
              type="button"
              className="button"
              disabled={index === 0}
              onClick={() => goToStep(index - 1)}
            >
              ← Previous
            </button>
            <span className="learner-steps__where">
              {index + 1} / {session.steps.length}
            </span>
            <button
              type="button"
              className="button"
              disabled={index === session.steps.length - 1}
              onClick={() => goToStep(index + 1)}
            >
              Next →
            </button>
            {!following && index !== trainerAt && (
              <button type="button" className="button button--ghost" onClick={() => goToStep(null)}>
                Back to the trainer’s step
              </button>
            )}
          </>
        ) : (
          <span className="learner-steps__where">
            Following the trainer · {index + 1} / {session.steps.length}
          </span>
        )}
      </nav>
      <main className="learner-main" aria-live="polite" aria-atomic="false">
        {exercise ? (
          <ExerciseWork key={exercise.letter} exercise={exercise} />
        ) : (
          <StepView step={step} />
        )}
      </main>
    </div>
  );
}

function StepView({ step }: { step: PublicStep }) {
  return (
    <article className="learner-step" aria-labelledby="learner-step-title">
      <h1 id="learner-step-title" className="learner-step__title">
        {step.title}
      </h1>
      {step.points.length > 0 && (
        <ul className="learner-step__points">
          {step.points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
