import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../../renderer/api/api-client';
import { createAppStore } from '../../../renderer/store/app-store';
import type { Route } from '../../../renderer/store/routes';
import { runAppCommand } from '../../../renderer/workshop-file/use-app-commands';
import type { AppCommand } from '../../../shared/api/app-command';
import type { KamBridge } from '../../../shared/api/transport';
import type { WorkshopDetail } from '../../../shared/schemas/workshop';

const workshopId = 'w1';
const detail = { workshop: { id: workshopId, title: 'Spring class' } } as WorkshopDetail;

/** Every screen of the trainer's window, with the workshop it shows (if any); the desktop never sends commands to the presenter. */
const screens: [string, Route, string | null][] = [
  ['home', { name: 'home' }, null],
  ['about', { name: 'about' }, null],
  ['workshop', { name: 'workshop', id: workshopId }, workshopId],
  ['exercise', { name: 'exercise', workshopId, letter: 'C' }, workshopId],
  ['console', { name: 'console', workshopId }, workshopId],
  ['self-study', { name: 'session', workshopId }, workshopId],
];

/** The app's store on a screen, in the desktop app, with the bridge's calls recorded. */
function desktopOn(route: Route, bridge: Partial<KamBridge> = {}) {
  const call = vi.fn<ApiClient['call']>(async () => ({
    ok: false,
    error: { code: 'unavailable', message: 'not in this test' },
  }));
  const store = createAppStore({ call, subscribe: () => () => undefined } as ApiClient, {
    route,
    currentId: workshopId,
    current: detail,
  });
  const exportWorkshopFile = vi.fn<NonNullable<KamBridge['exportWorkshopFile']>>(async () => ({
    ok: true,
    value: { path: '/Users/ana/Spring-class.kamworkshop' },
  }));
  vi.stubGlobal('window', { kam: { exportWorkshopFile, ...bridge } });
  const openExportDialog = vi.fn();
  const run = (command: AppCommand) => runAppCommand(command, store.getState(), openExportDialog);
  return { store, call, exportWorkshopFile, openExportDialog, run };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a desktop menu or OS command', () => {
  it.each(screens)('imports a file opened with the app on the %s screen', async (_, route) => {
    const { call, run } = desktopOn(route);
    run({ type: 'import-file', file: { name: 'Spring.kamworkshop', text: '{"format":1}' } });
    await vi.waitFor(() =>
      expect(call).toHaveBeenCalledWith('workshop-file:import', {
        text: '{"format":1}',
        onConflict: 'ask',
      }),
    );
  });

  it.each(screens)('shows why a file could not be read on the %s screen', (_, route) => {
    const { store, run } = desktopOn(route);
    run({ type: 'file-error', message: '/a/Gone.kamworkshop could not be read.' });
    expect(store.getState().workshopImport).toMatchObject({
      step: 'error',
      message: '/a/Gone.kamworkshop could not be read.',
    });
  });

  it.each(screens)('opens Backups for Restore from Backup… on the %s screen', (_, route) => {
    const { store, run } = desktopOn(route);
    run({ type: 'show-backups' });
    expect(store.getState().backupsOpen).toBe(true);
  });

  it.each(screens)(
    'opens the export of the workshop shown on the %s screen (to choose a client-safe copy), or says to open one',
    async (_, route, shown) => {
      const { store, exportWorkshopFile, run } = desktopOn(route);
      run({ type: 'export-workshop' });
      if (shown) {
        expect(store.getState().workshopFileExport).toBe(shown);
        await store.getState().exportWorkshopFile(shown, { clientSafe: true });
        expect(exportWorkshopFile).toHaveBeenCalledWith(shown, { clientSafe: true });
        await vi.waitFor(() =>
          expect(store.getState().notice?.text).toContain('Spring-class.kamworkshop'),
        );
      } else {
        expect(store.getState().workshopFileExport).toBeNull();
        expect(exportWorkshopFile).not.toHaveBeenCalled();
        expect(store.getState().notice).toMatchObject({
          tone: 'error',
          text: expect.stringContaining('Open a workshop first') as unknown,
        });
      }
    },
  );

  it.each(screens)(
    'opens File ▸ Export ▸ Workbook… for the workshop shown on the %s screen, or says to open one',
    (_, route, shown) => {
      const { store, openExportDialog, run } = desktopOn(route);
      run({ type: 'export-pdf', kind: 'workbook' });
      if (shown) expect(openExportDialog).toHaveBeenCalledWith('workbook');
      else {
        expect(openExportDialog).not.toHaveBeenCalled();
        expect(store.getState().notice?.text).toContain('Open a workshop first');
      }
    },
  );
});

describe('exporting a workshop file from the desktop', () => {
  it('tells the user when the main process could not answer, instead of failing silently', async () => {
    const { store } = desktopOn(
      { name: 'workshop', id: workshopId },
      {
        exportWorkshopFile: async () => {
          throw new Error("Error invoking remote method 'kam:export-workshop-file': EBUSY");
        },
      },
    );
    await expect(store.getState().exportWorkshopFile(workshopId)).resolves.toBe(false);
    expect(store.getState().notice).toMatchObject({
      tone: 'error',
      text: expect.stringContaining('EBUSY') as unknown,
    });
  });

  it('shows the main process’s reason when the file could not be written', async () => {
    const message = '/Users/ana/Spring.kamworkshop could not be saved: the disk is full.';
    const { store } = desktopOn(
      { name: 'workshop', id: workshopId },
      { exportWorkshopFile: async () => ({ ok: false, error: { code: 'unavailable', message } }) },
    );
    await store.getState().exportWorkshopFile(workshopId);
    expect(store.getState().notice).toEqual(
      expect.objectContaining({ tone: 'error', text: message }),
    );
  });
});
