import { useShallow } from 'zustand/shallow';
import { NoticeRegion } from '../components/live-region';
import { StatusPanel } from '../components/status-panel';
import { JoinView } from './join-view';
import { useLearnerStore } from './learner-context';
import { SessionView } from './session-view';

/** The learner's page: joining, then the session as themselves. */
export function LearnerApp() {
  const { phase, notice, dismissNotice } = useLearnerStore(
    useShallow((s) => ({ phase: s.phase, notice: s.notice, dismissNotice: s.dismissNotice })),
  );
  return (
    <>
      {phase === 'starting' ? (
        <main className="learner-join">
          <StatusPanel kind="loading" title="Finding the room…" />
        </main>
      ) : phase === 'joining' ? (
        <JoinView />
      ) : (
        <SessionView />
      )}
      <NoticeRegion notice={notice} dismissNotice={dismissNotice} />
    </>
  );
}
