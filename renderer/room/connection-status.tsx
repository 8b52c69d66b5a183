import { useShallow } from 'zustand/shallow';
import { useLearnerStore } from './learner-context';

/** Whether the laptop is reachable, and how many changes wait on this device to be sent. */
export function ConnectionStatus() {
  const { connected, waiting } = useLearnerStore(
    useShallow((s) => ({
      connected: s.connected,
      waiting: [...s.answers.values()].filter((d) => d.status === 'error' || d.status === 'unsaved')
        .length,
    })),
  );
  if (connected)
    return (
      <p className="learner-connection learner-connection--on" role="status">
        Connected
      </p>
    );
  return (
    <p className="learner-connection learner-connection--off" role="status">
      Offline — will send
      {waiting > 0 ? ` ${waiting === 1 ? '1 change' : `${waiting} changes`}` : ''} when the
      connection is back
    </p>
  );
}
