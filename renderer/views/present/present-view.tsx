import { useState } from 'react';
import { ShortcutsDialog } from '../../presenter/shortcuts-dialog';
import { Slide } from '../../presenter/slide';
import { useSession } from '../../presenter/use-session';
import { useSessionKeys } from '../../presenter/use-session-keys';
import { useAppStore } from '../../store/store-context';
import { JoinSlide } from '../../presenter/room/join-slide';
import { ResultsSlide } from '../../presenter/room/results-slide';

/** The projector's view: only what the room should see, filling the window. */
export function PresentView({ workshopId }: { workshopId: string }) {
  const session = useSession(workshopId);
  const room = useAppStore((s) => s.rooms.get(workshopId));
  const error = useAppStore((s) => (s.currentId === workshopId ? s.currentError : null));
  const [help, setHelp] = useState(false);
  useSessionKeys(session, () => setHelp(true));

  return (
    // The whole projector view is the page's one main landmark: nothing else is on screen.
    <main
      className={`presenter${session?.state.blackScreen ? ' presenter--black' : ''}`}
      data-step-id={session?.step.id}
      data-black-screen={session?.state.blackScreen ? 'on' : 'off'}
    >
      {!session ? (
        <p className="presenter__waiting" role="status">
          {error ? 'This workshop could not be loaded.' : 'Connecting…'}
        </p>
      ) : session.state.blackScreen ? (
        <p className="visually-hidden" role="status">
          The screen is blacked out.
        </p>
      ) : room?.open && room.settings.projector === 'join' ? (
        <JoinSlide room={room} workshopTitle={session.detail?.workshop.title ?? ''} />
      ) : room?.settings.projector === 'results' && session.step.exercise ? (
        <ResultsSlide
          session={session}
          letter={session.step.exercise}
          named={room.settings.namesOnProjector}
        />
      ) : (
        <Slide session={session} />
      )}
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </main>
  );
}
