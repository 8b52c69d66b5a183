import type { ExportStatus } from '../../shared/api/commands/exports';
import type { Result } from '../../shared/api/errors';
import { httpPaths } from '../../shared/api/transport';
import { desktopBridge } from './desktop-bridge';

/**
 * Hands a finished PDF export to the user: the desktop asks where to save it; the browser
 * downloads it from the host. Resolves with where it went, or null if the user cancelled.
 */
export async function deliverExport(status: ExportStatus): Promise<Result<string | null>> {
  const bridge = desktopBridge();
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
