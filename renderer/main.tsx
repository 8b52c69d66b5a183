import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The app-wide styles load before any component: a component's own stylesheet, imported
// where it is used, then comes later and wins over them.
import './styles/tokens.css';
import 'virtual:domain-colours.css'; // stage and verdict colours: styles/domain-colour-tokens.ts
import './styles/base.css';
import './styles/controls.css';
import './styles/dialog.css';
import './styles/home.css';
import './styles/workshop.css';
import './styles/exercise.css';
import './styles/exports.css';
import './styles/data-safety.css';
import './styles/presenter.css';
import './styles/console.css';
import './styles/room.css';
import { createApiClient } from './api/create-api-client';
import { connectAppStore, createAppStore } from './store/app-store';
import { AppStoreProvider } from './store/store-context';
import { App } from './views/app';

const api = createApiClient();
const store = createAppStore(api);
connectAppStore(store, api);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <AppStoreProvider store={store}>
      <App />
    </AppStoreProvider>
  </StrictMode>,
);
