import type { App, BrowserWindow, Dialog } from 'electron';
import type { Api } from '../server/api/create-api';
import { startBackupSchedule } from '../server/services/backups/schedule';
import type { Db } from '../server/store/database';
import { closeStore } from '../server/store/database';
import { ipcChannels, type AppCommand } from '../shared/api/transport';
import { pickWorkshopFile, sendWorkshopFile } from './file-open';
import type { FileMenu } from './menu';

/**
 * Runs the daily backup while the app runs. On quit it waits for a backup under way before
 * closing the database: closing it mid-copy would fail the backup and the close.
 */
export function runBackupsUntilQuit(app: Pick<App, 'on' | 'quit'>, db: Db): void {
  const schedule = startBackupSchedule(db);
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void schedule.stop().finally(() => {
      closed = true;
      closeStore(db);
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
