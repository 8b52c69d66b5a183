import { ExerciseTimer } from '../../exercises/exercise-timer';
import { Slide } from '../../presenter/slide';
import type { Session } from '../../presenter/use-session';
import { RevealButton } from '../exercise/reveal-button';
import { formatRunTime } from './session-clock';

/** The step on the projector now: a live preview, the trainer's notes, and its controls. */
export function CurrentStep({ session }: { session: Session }) {
  const { step, index, state, workshopId, content, starts } = session;
  const letter = step.exercise;
  return (
    <section className="console-card current-step" aria-labelledby="current-step-title">
      <p className="current-step__kicker">
        Step {index + 1} of {content.steps.length} · planned at +{formatRunTime(starts[index] ?? 0)}{' '}
        for {Math.round(step.plannedMs / 60_000)} min
      </p>
      <h2 id="current-step-title" className="current-step__title">
        {letter ? `${letter}. ${step.title}` : step.title}
      </h2>
      {/* The trainer's controls come first: on a 1366×768 laptop they are on the first screen. */}
      {letter && (
        <div className="current-step__controls">
          <ExerciseTimer workshopId={workshopId} letter={letter} />
          <RevealButton revealed={session.revealed} onChange={() => session.toggleReveal()} />
        </div>
      )}
      <div className="current-step__layout">
        {/* What the room sees, scaled down; hidden from assistive tech and the keyboard. */}
        <div className="slide-frame slide-frame--preview" aria-hidden="true" inert>
          {state.blackScreen ? (
            <div className="slide-frame__black">Black screen</div>
          ) : (
            <Slide session={session} />
          )}
        </div>
        <div className="current-step__notes">
          <h3 className="current-step__notes-title">Trainer’s notes</h3>
          <p className="current-step__notes-text" data-testid="trainer-notes">
            {step.notes}
          </p>
        </div>
      </div>
    </section>
  );
}
