import type { OnConflict } from '../../../shared/api/commands/workshop-file';
import type { Result } from '../../../shared/api/errors';
import { MAX_WORKSHOP_FILE_BYTES } from '../../../shared/workshop-file/format';
import { saveWorkshopFile, sendWorkshopFile } from '../../api/workshop-file-transport';
import type { NoticeActions } from './notice-slice';
import type { Slice } from './slice';
import type { WorkshopsActions } from './workshops-slice';

/** Where an import stands: waiting for the user's choice, or refused with a reason. */
export type ImportStep =
  | { step: 'idle' }
  | { step: 'busy' }
  | {
      step: 'conflict';
      text: string;
      existingTitle: string;
      incomingTitle: string;
      /** The file is a client-safe copy: replacing would put labels where the names are. */
      incomingNamesRemoved: boolean;
    }
  | { step: 'error'; fileName: string; message: string };

export interface WorkshopFileState {
  workshopImport: ImportStep;
  /** The workshop whose "Export workshop file" dialog is open, if any. */
  workshopFileExport: string | null;
}

export interface WorkshopFileActions {
  /** Imports a file the user picked or dropped: its size is checked before it is read. */
  importWorkshopFile(file: File): Promise<void>;
  /** Imports a file's text (read by the desktop shell, or a retry with the user's choice). */
  importWorkshopText(fileName: string, text: string, onConflict?: OnConflict): Promise<void>;
  /** Ends the import flow: after a refusal, or when the user cancels the copy/replace choice. */
  closeWorkshopImport(): void;
  /** Shows an error from outside the flow (the desktop could not read the file). */
  failWorkshopImport(fileName: string, message: string): void;
  /** Opens the export dialog of a workshop's file (with its client-safe switch). */
  openWorkshopFileExport(workshopId: string): void;
  closeWorkshopFileExport(): void;
  /** Saves the workshop's file; client-safe: names replaced by labels, private notes left out. */
  exportWorkshopFile(workshopId: string, options?: { clientSafe?: boolean }): Promise<boolean>;
}

export type WorkshopFileSlice = WorkshopFileState & WorkshopFileActions;

const TOO_LARGE = `This file is larger than ${MAX_WORKSHOP_FILE_BYTES / 1024 / 1024} MB, too large to be a workshop file.`;

/** Import and export of workshop files, with the choice between a copy and a replacement. */
export const createWorkshopFileSlice: Slice<
  WorkshopFileSlice,
  NoticeActions & WorkshopsActions
> = ({ set, get, api }) => ({
  workshopImport: { step: 'idle' },
  workshopFileExport: null,

  async importWorkshopFile(file) {
    if (file.size > MAX_WORKSHOP_FILE_BYTES) {
      get().failWorkshopImport(file.name, TOO_LARGE);
      return;
    }
    set({ workshopImport: { step: 'busy' } });
    await get().importWorkshopText(file.name, await file.text());
  },

  async importWorkshopText(fileName, text, onConflict = 'ask') {
    set({ workshopImport: { step: 'busy' } });
    const result = await sendWorkshopFile(api, text, onConflict);
    if (!result.ok) {
      get().failWorkshopImport(fileName, result.error.message);
      return;
    }
    const outcome = result.value;
    if (outcome.status === 'exists') {
      set({
        workshopImport: {
          step: 'conflict',
          text,
          existingTitle: outcome.existing.title,
          incomingTitle: outcome.incomingTitle,
          incomingNamesRemoved: outcome.incomingNamesRemoved,
        },
      });
      return;
    }
    set({ workshopImport: { step: 'idle' } });
    void get().loadWorkshops({ quiet: true });
    get().announce(`Workshop “${outcome.workshop.title}” imported`);
  },

  closeWorkshopImport() {
    set({ workshopImport: { step: 'idle' } });
  },

  failWorkshopImport(fileName, message) {
    set({ workshopImport: { step: 'error', fileName, message } });
  },

  openWorkshopFileExport(workshopId) {
    set({ workshopFileExport: workshopId });
  },

  closeWorkshopFileExport() {
    set({ workshopFileExport: null });
  },

  async exportWorkshopFile(workshopId, options = {}) {
    let result: Result<string | null>;
    try {
      result = await saveWorkshopFile(api, workshopId, options.clientSafe ?? false);
    } catch (error) {
      // The desktop bridge rejects when the main process could not answer at all.
      const reason = error instanceof Error ? error.message : String(error);
      result = {
        ok: false,
        error: { code: 'unavailable', message: `The workshop file could not be saved: ${reason}` },
      };
    }
    if (!result.ok) get().announce(result.error.message, 'error');
    else if (result.value !== null) get().announce(`Workshop file saved: ${result.value}`);
    return result.ok && result.value !== null;
  },
});
