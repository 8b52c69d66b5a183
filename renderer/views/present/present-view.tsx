import { useState } from 'react';
import { ShortcutsDialog } from '../../presenter/shortcuts-dialog';
import { Slide } from '../../presenter/slide';
import { useSession } from '../../presenter/use-session';
import { useSessionKeys } from '../../presenter/use-session-keys';
import { useAppStore } from '../../store/store-context';

/** The projector's view: only what the room should see, filling the window. */
export function PresentView({ workshopId }: { workshopId: string }) {
  const session = useSession(workshopId);
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
      ) : (
        <Slide session={session} />
      )}
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </main>
  );
}
