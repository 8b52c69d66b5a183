import type { ExportRequest, ExportStatus } from '../../shared/api/commands/exports';
import type { Result } from '../../shared/api/errors';
import { httpPaths } from '../../shared/api/transport';
import type { ApiClient } from '../api/api-client';
import { createApiClient } from '../api/create-api-client';

let client: ApiClient | null = null;

/** The api client exports use; made on first use (it opens no event stream of its own). */
function api(): ApiClient {
  client ??= createApiClient();
  return client;
}

/** Starts an export job on the host or in the main process. */
export function startExport(request: ExportRequest): Promise<Result<ExportStatus>> {
  return api().call('exports:start', request);
}

/** Where a job stands now. */
export function exportStatus(jobId: string): Promise<Result<ExportStatus>> {
  return api().call('exports:status', { jobId });
}

/** Stops a job; its bytes are dropped and no file is written. */
export function cancelExport(jobId: string): Promise<Result<ExportStatus>> {
  return api().call('exports:cancel', { jobId });
}

/** The workshop's export settings (paper, consultant). */
export function loadSettings(workshopId: string) {
  return api().call('settings:get', { workshopId });
}

/** Saves a change to the workshop's export settings. */
export function saveSettings(
  workshopId: string,
  patch: { paper?: 'a4' | 'letter'; consultantName?: string; logo?: string | null },
) {
  return api().call('settings:update', { workshopId, patch });
}

/**
 * Hands a finished export to the user: the desktop asks where to save it; the browser
 * downloads it from the host. Resolves with where it went, or null if the user cancelled.
 */
export async function deliverExport(status: ExportStatus): Promise<Result<string | null>> {
  const bridge = window.kam;
  if (bridge?.saveExport) {
    const saved = await bridge.saveExport(status.jobId);
    return saved.ok ? { ok: true, value: saved.value?.path ?? null } : saved;
  }
  const link = document.createElement('a');
  link.href = httpPaths.exportFile(encodeURIComponent(status.jobId));
  link.download = status.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  return { ok: true, value: status.fileName };
}
