// The learner page: what a learner's phone or laptop opens from the join slide's QR code.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LearnerApp } from './learner-app';
import { LearnerStoreProvider } from './learner-context';
import { deviceStorage, learnerStorage } from './learner-storage';
import { createLearnerStore, keepUnsentAnswers } from './learner-store';
import { createRoomClient } from './room-client';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/controls.css';
import '../styles/dialog.css';
import '../styles/exercise.css';
import '../styles/learner.css';

const storage = learnerStorage(deviceStorage());
const state = () => store.getState();
const client = createRoomClient({
  token: () => storage.place()?.token ?? null,
  onUnauthorized: () =>
    state().shutOut('Your place in the room has ended. Join again with the room code.'),
  onConnection: (connected) => state().setConnected(connected),
});
const store = createLearnerStore(client, storage);
keepUnsentAnswers(store, storage);

// A phone waking up or a network coming back reconnects at once; leaving saves what was typed.
window.addEventListener('online', () => client.reconnectNow());
window.addEventListener('offline', () => client.drop());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') client.reconnectNow();
});
window.addEventListener('pagehide', () => void state().flushAnswers());

// The code comes from the QR code's address; it is taken out so a reload does not reuse it.
const code = new URLSearchParams(location.search).get('code');
if (code !== null) history.replaceState(null, '', location.pathname);
void state().start(code);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <LearnerStoreProvider store={store}>
      <LearnerApp />
    </LearnerStoreProvider>
  </StrictMode>,
);
