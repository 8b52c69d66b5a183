import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Dialog, IpcMain, WebContents } from 'electron';
import type { Api } from '../server/api/create-api';
import type { Result } from '../shared/api/errors';
import { ipcChannels, type AppCommand, type OpenedWorkshopFile } from '../shared/api/transport';
import {
  MAX_WORKSHOP_FILE_BYTES,
  WORKSHOP_FILE_EXTENSION,
  WORKSHOP_FILE_EXTENSIONS,
  workshopFileName,
} from '../shared/workshop-file/format';
import type { SenderCheck } from './ipc';
import { showOpenDialog, showSaveDialog, type DialogParent } from './parented-dialogs';
import { describeWriteFailure, writeWhole } from './write-whole';

/** Saving offers the app's own extension only. */
const saveFilters = [{ name: 'Workshop files', extensions: [WORKSHOP_FILE_EXTENSION.slice(1)] }];

/**
 * Opening takes every workshop file extension; dialogs match the last part only, so the
 * older `.kamworkshop.json` files are offered as `json` (the import checks what they hold).
 */
const openFilters = [
  {
    name: 'Workshop files',
    extensions: [...new Set(WORKSHOP_FILE_EXTENSIONS.map((ext) => ext.split('.').at(-1) ?? ext))],
  },
];

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

/** A file opened with the app, as the command that hands it to the page's import (or says why not). */
export async function openedFileCommand(path: string): Promise<AppCommand> {
  const read = await readWorkshopFile(path);
  return read.ok
    ? { type: 'import-file', file: read.value }
    : { type: 'file-error', message: read.error.message };
}

type Dialogs = Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;

const forbidden: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This window may not use the workshop api.' },
};

/**
 * The save and open dialogs behind the page's Export and Import, each behind the sender check
 * and shown over the window that asked (`windowOf` finds it from the IPC sender).
 */
export function mountWorkshopFileIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  api: Pick<Api, 'call'>,
  dialog: Dialogs,
  isTrustedSender: SenderCheck,
  windowOf: (sender: WebContents) => DialogParent,
): void {
  ipcMain.handle(
    ipcChannels.exportWorkshopFile,
    async (
      event,
      workshopId: unknown,
      options: unknown,
    ): Promise<Result<{ path: string } | null>> => {
      if (!isTrustedSender(event)) return forbidden;
      // The page asks for a client-safe copy with `{ clientSafe: true }`; the api checks the id.
      const clientSafe =
        typeof options === 'object' && options !== null && 'clientSafe' in options
          ? options.clientSafe === true
          : false;
      const exported = api.call('workshop-file:export', { workshopId, clientSafe });
      if (!exported.ok) return exported;
      const file = exported.value as { workshop: { title: string } };
      const chosen = await showSaveDialog(dialog, windowOf(event.sender), {
        title: clientSafe ? 'Export a client-safe copy of the workshop' : 'Export workshop',
        defaultPath: workshopFileName(file.workshop.title, clientSafe),
        filters: saveFilters,
      });
      if (chosen.canceled || !chosen.filePath) return { ok: true, value: null };
      try {
        await writeWhole(chosen.filePath, `${JSON.stringify(file, null, 2)}\n`);
      } catch (error) {
        return {
          ok: false,
          error: { code: 'unavailable', message: describeWriteFailure(error, chosen.filePath) },
        };
      }
      return { ok: true, value: { path: chosen.filePath } };
    },
  );

  ipcMain.handle(ipcChannels.importWorkshopFile, async (event) => {
    if (!isTrustedSender(event)) return forbidden;
    const picked = await pickWorkshopFile(dialog, windowOf(event.sender));
    return picked === null ? { ok: true, value: null } : readWorkshopFile(picked);
  });
}

/** Asks for one workshop file over `parent`; null when the user cancelled. */
export async function pickWorkshopFile(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  parent: DialogParent,
): Promise<string | null> {
  const chosen = await showOpenDialog(dialog, parent, {
    title: 'Import workshop',
    properties: ['openFile'],
    filters: openFilters,
  });
  return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
}
