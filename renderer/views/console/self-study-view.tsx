import { useState } from 'react';
import { RouteLink } from '../../components/route-link';
import { StatusPanel } from '../../components/status-panel';
import { ExerciseTimer } from '../../exercises/exercise-timer';
import { ShortcutsDialog } from '../../presenter/shortcuts-dialog';
import { Slide } from '../../presenter/slide';
import { useSession } from '../../presenter/use-session';
import { useSessionKeys } from '../../presenter/use-session-keys';
import { useAppStore } from '../../store/store-context';
import { RevealButton } from '../exercise/reveal-button';
import { WorkshopBreadcrumb } from '../../components/workshop-breadcrumb';
import { singleClick } from '../../components/single-click';

/** A learner's own walk through the module: one step at a time, revealing when they choose. */
export function SelfStudyView({ workshopId }: { workshopId: string }) {
  const session = useSession(workshopId);
  const navigate = useAppStore((s) => s.navigate);
  const [help, setHelp] = useState(false);
  useSessionKeys(session, () => setHelp(true));

  if (!session) return <StatusPanel kind="loading" title="Loading your place in the module…" />;

  const { index, step } = session;
  const letter = step.exercise;
  const total = session.content.steps.length;
  return (
    <div className="page page--wide self-study">
      <WorkshopBreadcrumb workshopId={workshopId} />
      <header className="self-study__bar">
        <h1 className="page__title">Self-study</h1>
        <div className="self-study__progress">
          <p id="self-study-progress">
            Step {index + 1} of {total}
          </p>
          <progress aria-labelledby="self-study-progress" max={total} value={index + 1} />
        </div>
        <button type="button" className="button button--ghost" onClick={() => setHelp(true)}>
          Shortcuts <kbd>?</kbd>
        </button>
      </header>
      <div className="slide-frame slide-frame--inline">
        <Slide session={session} />
      </div>
      <div className="self-study__controls">
        <button
          type="button"
          className="button"
          disabled={index === 0}
          onClick={singleClick(session.previous)}
        >
          ← Previous
        </button>
        {letter && (
          <>
            <RouteLink
              route={{ name: 'exercise', workshopId, letter }}
              navigate={navigate}
              className="button button--secondary"
            >
              Write your answer to {letter}
            </RouteLink>
            <RevealButton revealed={session.revealed} onChange={() => session.toggleReveal()} />
          </>
        )}
        <button
          type="button"
          className="button button--primary"
          disabled={index === total - 1}
          onClick={singleClick(session.next)}
        >
          Next →
        </button>
      </div>
      {letter && (
        <details className="self-study__timer">
          <summary>Timer controls</summary>
          <ExerciseTimer workshopId={workshopId} letter={letter} />
        </details>
      )}
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
