import type { App, BrowserWindow, Dialog } from 'electron';
import type { Api } from '../server/api/create-api';
import type { OpenedStore } from '../server/services/open-store';
import { startStoreUpkeep } from '../server/services/store-upkeep';
import { ipcChannels, type AppCommand } from '../shared/api/transport';
import { pickWorkshopFile, sendWorkshopFile } from './file-open';
import type { FileMenu } from './menu';

/**
 * Runs the store's upkeep (backups, the background integrity check) while the app runs. On
 * quit it waits for a backup under way before closing the database: closing it mid-copy
 * would fail the backup and the close.
 */
export function runStoreUpkeepUntilQuit(
  app: Pick<App, 'on' | 'quit'>,
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
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void upkeep
      .close()
      .then((closing) => closing && console.warn(closing))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}

/** What the File menu's items do, given the window they act on. */
export function fileMenuActions(
  api: Pick<Api, 'call'>,
  dialog: Pick<Dialog, 'showOpenDialog' | 'showMessageBox'>,
  targetWindow: () => BrowserWindow | undefined,
): FileMenu {
  const tell = (command: AppCommand) =>
    targetWindow()?.webContents.send(ipcChannels.appCommand, command);
  return {
    exportWorkshop: () => tell({ type: 'export-workshop' }),
    restoreFromBackup: () => tell({ type: 'show-backups' }),
    importWorkshop: async () => {
      const window = targetWindow();
      const path = await pickWorkshopFile(dialog);
      if (window && path) await sendWorkshopFile(window, path);
    },
    backUpNow: () => {
      const made = api.call('backups:create', {});
      void dialog.showMessageBox({
        type: made.ok ? 'info' : 'error',
        message: made.ok ? 'Backup made' : 'The backup could not be made',
        detail: made.ok ? (made.value as { path: string }).path : made.error.message,
      });
    },
  };
}
