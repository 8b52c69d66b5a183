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
  | { step: 'conflict'; text: string; existingTitle: string; incomingTitle: string }
  | { step: 'error'; fileName: string; message: string };

export interface WorkshopFileState {
  workshopImport: ImportStep;
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
  exportWorkshopFile(workshopId: string): Promise<void>;
}

export type WorkshopFileSlice = WorkshopFileState & WorkshopFileActions;

const TOO_LARGE = `This file is larger than ${MAX_WORKSHOP_FILE_BYTES / 1024 / 1024} MB, too large to be a workshop file.`;

/** Import and export of workshop files, with the choice between a copy and a replacement. */
export const createWorkshopFileSlice: Slice<
  WorkshopFileSlice,
  NoticeActions & WorkshopsActions
> = ({ set, get, api }) => ({
  workshopImport: { step: 'idle' },

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

  async exportWorkshopFile(workshopId) {
    let result: Result<string | null>;
    try {
      result = await saveWorkshopFile(api, workshopId);
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
  },
});
