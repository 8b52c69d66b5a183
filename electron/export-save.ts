import { join } from 'node:path';
import type { Dialog, IpcMain, WebContents } from 'electron';
import type { Api } from '../server/api/create-api';
import { exportFileTypes } from '../shared/api/commands/exports';
import type { Result } from '../shared/api/errors';
import { ipcChannels } from '../shared/api/transport';
import type { SenderCheck } from './ipc';
import { showSaveDialog, type DialogParent } from './parented-dialogs';
import { describeWriteFailure, writeWhole } from './write-whole';

const forbidden: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This window may not save exports.' },
};

/**
 * Mounts "save this export": asks where in a native save dialog over the window that asked
 * (starting in `defaultDir` with the export's own name) and writes the finished PDF there,
 * whole. Null when the user cancels.
 */
export function mountExportSave(
  ipcMain: Pick<IpcMain, 'handle'>,
  api: Pick<Api, 'exportFile'>,
  dialog: Pick<Dialog, 'showSaveDialog'>,
  isTrustedSender: SenderCheck,
  windowOf: (sender: WebContents) => DialogParent,
  defaultDir: () => string,
): void {
  ipcMain.handle(
    ipcChannels.saveExport,
    async (event, jobId: unknown): Promise<Result<{ path: string } | null>> => {
      if (!isTrustedSender(event)) return forbidden;
      const file = typeof jobId === 'string' ? api.exportFile(jobId) : null;
      if (!file) {
        return {
          ok: false,
          error: {
            code: 'not-found',
            message: 'This export is no longer available. Please export again.',
          },
        };
      }
      const type = exportFileTypes[file.kind];
      const choice = await showSaveDialog(dialog, windowOf(event.sender), {
        title: `Save ${type.noun}`,
        defaultPath: join(defaultDir(), file.fileName),
        filters: [{ name: type.description, extensions: [type.extension] }],
      });
      if (choice.canceled || !choice.filePath) return { ok: true, value: null };
      try {
        await writeWhole(choice.filePath, file.bytes);
        return { ok: true, value: { path: choice.filePath } };
      } catch (error) {
        return {
          ok: false,
          error: { code: 'unavailable', message: describeWriteFailure(error, choice.filePath) },
        };
      }
    },
  );
}
