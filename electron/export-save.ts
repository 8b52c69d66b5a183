import { randomUUID } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dialog, IpcMain } from 'electron';
import type { Api } from '../server/api/create-api';
import { exportFileTypes } from '../shared/api/commands/exports';
import type { Result } from '../shared/api/errors';
import { ipcChannels } from '../shared/api/transport';
import type { SenderCheck } from './ipc';

const forbidden: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This window may not save exports.' },
};

/**
 * Writes bytes to a path all at once: to a temporary file beside it, then renamed over it,
 * so a failure (disk full, no permission) never leaves a half-written PDF under the real name.
 */
export async function writeWhole(path: string, bytes: Buffer): Promise<void> {
  const partial = `${path}.${randomUUID()}.part`;
  try {
    await writeFile(partial, bytes);
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/**
 * Mounts "save this export": asks where in a native save dialog (starting in `defaultDir`
 * with the export's own name) and writes the finished PDF there. Null when the user cancels.
 */
export function mountExportSave(
  ipcMain: Pick<IpcMain, 'handle'>,
  api: Pick<Api, 'exportFile'>,
  dialog: Pick<Dialog, 'showSaveDialog'>,
  isTrustedSender: SenderCheck,
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
      const choice = await dialog.showSaveDialog({
        title: `Save ${type.noun}`,
        defaultPath: join(defaultDir(), file.fileName),
        filters: [{ name: type.description, extensions: [type.extension] }],
      });
      if (choice.canceled || !choice.filePath) return { ok: true, value: null };
      try {
        await writeWhole(choice.filePath, file.bytes);
        return { ok: true, value: { path: choice.filePath } };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return {
          ok: false,
          error: {
            code: 'unavailable',
            message: `The ${type.noun} could not be saved there: ${reason}`,
          },
        };
      }
    },
  );
}
