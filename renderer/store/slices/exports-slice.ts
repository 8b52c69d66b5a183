import type { ExportRequest, ExportStatus } from '../../../shared/api/commands/exports';
import type { Result } from '../../../shared/api/errors';
import type { WorkshopSettings, WorkshopSettingsPatch } from '../../../shared/schemas/settings';
import { deliverExport } from '../../api/export-delivery';
import type { Slice } from './slice';

/** How often a running job is asked for its progress. */
export const EXPORT_POLL_MS = 250;

/** What the export dialog shows about the export it started. */
export type ExportPhase =
  | { kind: 'idle' }
  | { kind: 'running'; status: ExportStatus }
  | { kind: 'saving'; status: ExportStatus }
  | { kind: 'done'; where: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export interface ExportsState {
  exportPhase: ExportPhase;
}

export interface ExportsActions {
  /** The workshop's export settings: paper, consultant, logo. */
  loadExportSettings(workshopId: string): Promise<Result<WorkshopSettings>>;
  saveExportSettings(
    workshopId: string,
    patch: WorkshopSettingsPatch,
  ): Promise<Result<WorkshopSettings>>;
  /** Starts a PDF export and follows it until the file is handed to the user. */
  startExport(request: ExportRequest): Promise<void>;
  /** Stops the running export; its bytes are dropped and no file is written. */
  cancelExport(): Promise<void>;
  /** Forgets the last export (the dialog opens afresh, or goes away). */
  resetExport(): void;
}

export type ExportsSlice = ExportsState & ExportsActions;

/** PDF exports: one job at a time, started, polled for progress, cancelled, handed over. */
export const createExportsSlice: Slice<ExportsSlice> = ({ set, api }) => {
  let jobId: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = (exportPhase: ExportPhase) => set({ exportPhase });

  const schedulePoll = (id: string) => {
    timer = setTimeout(() => void poll(id), EXPORT_POLL_MS);
  };

  async function poll(id: string): Promise<void> {
    const result = await api.call('exports:status', { jobId: id });
    if (jobId !== id) return;
    if (!result.ok) return show({ kind: 'failed', message: result.error.message });
    const status = result.value;
    if (status.state === 'running') {
      show({ kind: 'running', status });
      schedulePoll(id);
    } else if (status.state === 'failed') {
      show({ kind: 'failed', message: status.error ?? 'The PDF could not be made.' });
    } else if (status.state === 'cancelled') {
      show({ kind: 'cancelled' });
    } else {
      show({ kind: 'saving', status });
      const delivered = await deliverExport(status);
      if (jobId !== id) return;
      if (!delivered.ok) show({ kind: 'failed', message: delivered.error.message });
      else if (delivered.value === null) show({ kind: 'cancelled' });
      else show({ kind: 'done', where: delivered.value });
      jobId = null;
    }
  }

  return {
    exportPhase: { kind: 'idle' },

    loadExportSettings(workshopId) {
      return api.call('settings:get', { workshopId });
    },

    saveExportSettings(workshopId, patch) {
      return api.call('settings:update', { workshopId, patch });
    },

    async startExport(request) {
      clearTimeout(timer);
      const result = await api.call('exports:start', request);
      if (!result.ok) return show({ kind: 'failed', message: result.error.message });
      jobId = result.value.jobId;
      show({ kind: 'running', status: result.value });
      schedulePoll(result.value.jobId);
    },

    async cancelExport() {
      const id = jobId;
      clearTimeout(timer);
      jobId = null;
      show({ kind: 'cancelled' });
      if (id) await api.call('exports:cancel', { jobId: id });
    },

    resetExport() {
      clearTimeout(timer);
      jobId = null;
      show({ kind: 'idle' });
    },
  };
};
