import type { OnConflict } from '../../shared/api/commands/workshop-file';
import type { CommandOutput } from '../../shared/api/contract';
import type { Result } from '../../shared/api/errors';
import { httpPaths } from '../../shared/api/transport';
import { workshopFileName } from '../../shared/workshop-file/format';
import type { ApiClient } from './api-client';
import { checkResult } from './check-result';
import { desktopBridge } from './desktop-bridge';

type ImportResult = Result<CommandOutput<'workshop-file:import'>>;

/**
 * Sends a workshop file's text to be imported. The desktop passes it over IPC; the browser
 * host takes it on its upload route, whose limit fits a workshop file (the api's does not).
 */
export async function sendWorkshopFile(
  api: ApiClient,
  text: string,
  onConflict: OnConflict,
): Promise<ImportResult> {
  if (desktopBridge()) return api.call('workshop-file:import', { text, onConflict });
  try {
    const response = await fetch(`${httpPaths.importWorkshopFile}?onConflict=${onConflict}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: text,
    });
    return checkResult('workshop-file:import', await response.json());
  } catch {
    return {
      ok: false,
      error: {
        code: 'unavailable',
        message: 'The workshop host cannot be reached. Please try again.',
      },
    };
  }
}

/**
 * Exports a workshop: the desktop asks where to save it; the browser downloads it.
 * Resolves with where it went (null when the user cancelled the save dialog).
 */
export async function saveWorkshopFile(
  api: ApiClient,
  workshopId: string,
  clientSafe: boolean,
): Promise<Result<string | null>> {
  const bridge = desktopBridge();
  if (bridge?.exportWorkshopFile) {
    const saved = await bridge.exportWorkshopFile(workshopId, { clientSafe });
    return saved.ok ? { ok: true, value: saved.value?.path ?? null } : saved;
  }
  const result = await api.call('workshop-file:export', { workshopId, clientSafe });
  if (!result.ok) return result;
  const name = workshopFileName(result.value.workshop.title, clientSafe);
  const blob = new Blob([`${JSON.stringify(result.value, null, 2)}\n`], {
    type: 'application/json',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started from the URL; it can be released on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return { ok: true, value: name };
}
