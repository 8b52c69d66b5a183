import { useState } from 'react';
import { StatusPanel } from '../../components/status-panel';
import { ShortcutsDialog } from '../../presenter/shortcuts-dialog';
import { useSession } from '../../presenter/use-session';
import { useSessionKeys } from '../../presenter/use-session-keys';
import { useAppStore } from '../../store/store-context';
import { ConsoleSwitches } from './console-switches';
import { CurrentStep } from './current-step';
import { openPresenter } from './open-presenter';
import { ParticipantAnswers } from './participant-answers';
import { SessionClock } from './session-clock';
import { StepList } from './step-list';
import { WorkshopBreadcrumb } from '../../components/workshop-breadcrumb';
import { exerciseIn } from '../../../shared/content/resolve-content';
import { LiveResults } from './room/live-results';
import { RoomCard } from './room/room-card';
import { RouteLink } from '../../components/route-link';
import { singleClick } from '../../components/single-click';

/** The trainer's console: the step on the projector, notes, controls and the run of show. */
export function ConsoleView({ workshopId }: { workshopId: string }) {
  const session = useSession(workshopId);
  const error = useAppStore((s) => (s.currentId === workshopId ? s.currentError : null));
  const [help, setHelp] = useState(false);
  const navigate = useAppStore((s) => s.navigate);
  useSessionKeys(session, () => setHelp(true));

  if (!session) {
    return (
      <div className="page">
        {error ? (
          <StatusPanel
            kind="error"
            title="The session could not be loaded"
            detail={error.message}
          />
        ) : (
          <StatusPanel kind="loading" title="Loading the session…" />
        )}
      </div>
    );
  }

  const { state, index, detail, content } = session;
  const next = content.steps[index + 1];
  return (
    <div className="page page--wide console">
      <WorkshopBreadcrumb workshopId={workshopId} />
      <header className="console__bar">
        <h1 className="page__title">Session console</h1>
        <SessionClock
          steps={content.steps}
          starts={session.starts}
          index={index}
          startedAt={state.sessionStartedAt ?? null}
          onRestart={() => session.update({ sessionStartedAt: Date.now() })}
        />
        <div className="console__actions">
          <RouteLink
            route={{ name: 'content', workshopId }}
            navigate={navigate}
            className="button button--ghost"
          >
            Edit the content
          </RouteLink>
          <button type="button" className="button button--ghost" onClick={() => setHelp(true)}>
            Shortcuts <kbd>?</kbd>
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => openPresenter(workshopId)}
          >
            Present
          </button>
        </div>
      </header>
      <div className="console__grid">
        <StepList
          steps={content.steps}
          starts={session.starts}
          index={index}
          startedAt={state.sessionStartedAt ?? null}
          revealed={state.revealed}
          onGo={session.go}
        />
        <div className="console__main">
          <div className="console__nav">
            <button
              type="button"
              className="button"
              disabled={index === 0}
              onClick={singleClick(session.previous)}
            >
              ← Previous
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={index === content.steps.length - 1}
              onClick={singleClick(session.next)}
            >
              Next →
            </button>
          </div>
          <CurrentStep session={session} />
          {session.step.exercise && (
            <LiveResults
              workshopId={workshopId}
              definition={exerciseIn(content, session.step.exercise)}
            />
          )}
          {session.step.exercise && (
            <ParticipantAnswers
              participants={detail?.participants ?? []}
              letter={session.step.exercise}
            />
          )}
        </div>
        <aside className="console__side" aria-label="Next step and projector">
          <section className="console-card next-step" aria-labelledby="next-step-title">
            <h2 id="next-step-title" className="console-card__title">
              Next
            </h2>
            {next ? (
              <>
                <p className="next-step__title">
                  {next.exercise ? `${next.exercise}. ${next.title}` : next.title}
                </p>
                <p className="next-step__notes">{next.notes}</p>
              </>
            ) : (
              <p className="console-card__empty">This is the last step.</p>
            )}
          </section>
          {detail?.workshop.mode === 'facilitated' && <RoomCard workshopId={workshopId} />}
          <ConsoleSwitches state={state} onChange={session.update} />
        </aside>
      </div>
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
