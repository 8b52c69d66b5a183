import type { BrowserWindow, Dialog } from 'electron';
import type { Api } from '../server/api/create-api';
import type { CommandDelivery } from './command-delivery';
import { openedFileCommand, pickWorkshopFile } from './file-open';
import type { ExportPdf, FileMenu } from './menu';
import { showMessageBox } from './parented-dialogs';

/**
 * What the File menu's items do. Each that the page carries out is an app command, so it
 * reaches the trainer's window on any screen (or a new one); dialogs open over the focused window.
 */
export function fileMenuActions(
  api: Pick<Api, 'call'>,
  dialog: Pick<Dialog, 'showOpenDialog' | 'showMessageBox'>,
  commands: Pick<CommandDelivery, 'send'>,
  focusedWindow: () => BrowserWindow | null,
): FileMenu & { exportPdf: ExportPdf } {
  return {
    exportWorkshop: () => commands.send({ type: 'export-workshop' }),
    restoreFromBackup: () => commands.send({ type: 'show-backups' }),
    exportPdf: (kind) => commands.send({ type: 'export-pdf', kind }),
    importWorkshop: async () => {
      const path = await pickWorkshopFile(dialog, focusedWindow());
      if (path) commands.send(openedFileCommand(path));
    },
    backUpNow: () => {
      const made = api.call('backups:create', {});
      void showMessageBox(dialog, focusedWindow(), {
        type: made.ok ? 'info' : 'error',
        message: made.ok ? 'Backup made' : 'The backup could not be made',
        detail: made.ok ? (made.value as { path: string }).path : made.error.message,
      });
    },
  };
}
