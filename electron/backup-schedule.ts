import type { App, Dialog } from 'electron';
import type { OpenedStore } from '../server/services/open-store';
import { startStoreUpkeep } from '../server/services/store-upkeep';

/**
 * Runs the store's upkeep (backups, the background integrity check) while the app runs, and
 * closes the database once every window has closed. Nothing holds the quit up: preventing it
 * would cancel a macOS logout or restart. Work in no backup then is marked, and the next
 * start backs it up.
 */
export function runStoreUpkeepUntilQuit(
  app: Pick<App, 'on'>,
  opened: OpenedStore,
  dialog: Pick<Dialog, 'showMessageBox'>,
): void {
  const upkeep = startStoreUpkeep(opened, {
    onDamageFound: (message) =>
      void dialog.showMessageBox({
        type: 'warning',
        title: 'Your workshop database is damaged',
        message: 'A full check found damage in your workshop database.',
        detail: message,
      }),
  });
  app.on('will-quit', () => {
    const closing = upkeep.closeAtQuit();
    if (closing) console.warn(closing);
  });
}
