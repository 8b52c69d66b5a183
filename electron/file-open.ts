import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BrowserWindow, Dialog, IpcMain } from 'electron';
import type { Api } from '../server/api/create-api';
import type { Result } from '../shared/api/errors';
import { ipcChannels, type AppCommand, type OpenedWorkshopFile } from '../shared/api/transport';
import {
  MAX_WORKSHOP_FILE_BYTES,
  WORKSHOP_FILE_EXTENSION,
  workshopFileName,
} from '../shared/workshop-file/format';
import type { SenderCheck } from './ipc';

const filters = [{ name: 'Workshop files', extensions: ['kamworkshop.json', 'json'] }];

/** The first workshop file named on a command line (Windows and Linux open files this way). */
export function workshopFileInArgv(argv: readonly string[]): string | null {
  return argv.slice(1).find((arg) => arg.toLowerCase().endsWith(WORKSHOP_FILE_EXTENSION)) ?? null;
}

/** Reads a workshop file for the page's import flow; its size is checked before it is read. */
export async function readWorkshopFile(path: string): Promise<Result<OpenedWorkshopFile>> {
  try {
    if ((await stat(path)).size > MAX_WORKSHOP_FILE_BYTES) {
      return {
        ok: false,
        error: {
          code: 'too-large',
          message: `This file is larger than ${MAX_WORKSHOP_FILE_BYTES / 1024 / 1024} MB, too large to be a workshop file.`,
        },
      };
    }
    return { ok: true, value: { name: basename(path), text: await readFile(path, 'utf8') } };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { code: 'not-found', message: `${path} could not be read (${reason}).` },
    };
  }
}

/** Hands a workshop file to a window's import flow, or tells it why the file could not be read. */
export async function sendWorkshopFile(window: BrowserWindow, path: string): Promise<void> {
  const read = await readWorkshopFile(path);
  const command: AppCommand = read.ok
    ? { type: 'import-file', file: read.value }
    : { type: 'file-error', message: read.error.message };
  window.webContents.send(ipcChannels.appCommand, command);
}

type Dialogs = Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;

const forbidden: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This window may not use the workshop api.' },
};

/** The save and open dialogs behind the page's Export and Import, each behind the sender check. */
export function mountWorkshopFileIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  api: Pick<Api, 'call'>,
  dialog: Dialogs,
  isTrustedSender: SenderCheck,
): void {
  ipcMain.handle(
    ipcChannels.exportWorkshopFile,
    async (event, workshopId: unknown, options: unknown) => {
      if (!isTrustedSender(event)) return forbidden;
      // The api checks the input; anything but a plain `clientSafe: true` exports everything.
      const clientSafe =
        typeof options === 'object' && options !== null && 'clientSafe' in options
          ? options.clientSafe === true
          : false;
      const exported = api.call('workshop-file:export', { workshopId, clientSafe });
      if (!exported.ok) return exported;
      const file = exported.value as { workshop: { title: string } };
      const chosen = await dialog.showSaveDialog({
        title: clientSafe ? 'Export a client-safe copy of the workshop' : 'Export workshop',
        defaultPath: workshopFileName(file.workshop.title, clientSafe),
        filters,
      });
      if (chosen.canceled || !chosen.filePath) return { ok: true, value: null };
      await writeFile(chosen.filePath, `${JSON.stringify(file, null, 2)}\n`, 'utf8');
      return { ok: true, value: { path: chosen.filePath } };
    },
  );

  ipcMain.handle(ipcChannels.importWorkshopFile, async (event) => {
    if (!isTrustedSender(event)) return forbidden;
    const picked = await pickWorkshopFile(dialog);
    return picked === null ? { ok: true, value: null } : readWorkshopFile(picked);
  });
}

/** Asks for one workshop file; null when the user cancelled. */
export async function pickWorkshopFile(
  dialog: Pick<Dialog, 'showOpenDialog'>,
): Promise<string | null> {
  const chosen = await dialog.showOpenDialog({
    title: 'Import workshop',
    properties: ['openFile'],
    filters,
  });
  return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
}
