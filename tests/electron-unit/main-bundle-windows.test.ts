// The built main bundle on the Electron stand-in: the presenter on a second display, what the
// session allows, IPC from frames that are not the app's, and the menu's commands.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../shared/api/transport';
import { tempDir } from '../integration/helpers/temp-store';
import { startDesktop, type Desktop } from './stand-in/desktop';
import { bridgeOf, createWorkshop } from './stand-in/workshops';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };

/** Opens the presenter from the console, as its Present button does; returns its window. */
async function present(desktop: Desktop, workshopId: string) {
  expect(await bridgeOf(desktop).present?.(workshopId)).toEqual({ ok: true, value: null });
  const presenter = await desktop.window(1);
  await desktop.listeningPage(presenter);
  return presenter;
}

describe('the presenter', () => {
  it('opens full screen on the second display, and its F key may go full screen', async () => {
    const desktop = await startDesktop({ platform: 'win32', displays: [laptop, projector] });
    const presenter = await present(desktop, await createWorkshop(bridgeOf(desktop)));
    expect(presenter.getBounds()).toEqual(projector.bounds);
    expect(presenter.isFullScreen()).toBe(true);
    await expect(presenter.webContents.page?.requestFullscreen()).resolves.toBeUndefined();
  });

  it('may go full screen with F in a window on a single screen', async () => {
    const desktop = await startDesktop({ platform: 'darwin', displays: [laptop] });
    const presenter = await present(desktop, await createWorkshop(bridgeOf(desktop)));
    expect(presenter.isFullScreen()).toBe(false);
    await presenter.webContents.page?.requestFullscreen();
    expect(presenter.isFullScreen()).toBe(true);
  });

  it('leaves every other permission refused, and full screen to the app’s own top frame', async () => {
    const desktop = await startDesktop({ platform: 'linux' });
    const window = desktop.windows[0];
    const page = window?.webContents.page;
    if (!window || !page) throw new Error('no console page');
    const ask = (permission: string, url: string, parent: typeof page.mainFrame | null) =>
      desktop.electron.session.request(window.webContents, permission, { url, parent });
    for (const permission of ['notifications', 'media', 'geolocation', 'openExternal'])
      expect(await ask(permission, 'app://kam/', null), permission).toBe(false);
    expect(await ask('fullscreen', 'app://kam/', null)).toBe(true);
    expect(await ask('fullscreen', 'https://example.com/', null)).toBe(false);
    expect(await ask('fullscreen', 'app://kam/', page.mainFrame)).toBe(false);
  });
});

describe('IPC from anything but the app’s own top frame', () => {
  it('is refused on every channel the main process handles, and does nothing', async () => {
    const desktop = await startDesktop({ platform: 'linux', displays: [laptop, projector] });
    const window = desktop.windows[0];
    const page = window?.webContents.page;
    if (!window || !page) throw new Error('no console page');
    const channels = [...desktop.electron.ipcHandlers.keys()];
    expect(channels).toEqual(
      expect.arrayContaining([
        ipcChannels.invoke,
        ipcChannels.present,
        ipcChannels.displays,
        ipcChannels.exportWorkshopFile,
        ipcChannels.importWorkshopFile,
        ipcChannels.saveExport,
      ]),
    );
    const foreign = [
      page.subframe('app://kam/'),
      page.subframe('https://example.com/'),
      {
        invoke: (channel: string, ...args: unknown[]) =>
          window.webContents.invoke({ url: 'https://example.com/', parent: null }, channel, args),
      },
    ];
    for (const frame of foreign) {
      for (const channel of channels) {
        expect(await frame.invoke(channel, 'workshops:list', {}), channel).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        });
      }
    }
    expect(desktop.windows).toHaveLength(1);
    expect(desktop.electron.dialogs).toEqual([]);
  });
});

describe('the application menu', () => {
  it('hands a file picked with File ▸ Import Workshop… to the focused window’s page', async () => {
    const desktop = await startDesktop({ platform: 'win32' });
    const file = join(tempDir(), 'Spring class.kamworkshop');
    writeFileSync(file, '{}');
    desktop.electron.answers.open.push([file]);
    desktop.clickMenu('File', 'Import Workshop…');
    const page = await desktop.listeningPage(desktop.windows[0]!);
    await vi.waitFor(() =>
      expect(page.commands).toEqual([
        { type: 'import-file', file: { name: 'Spring class.kamworkshop', text: '{}' } },
      ]),
    );
    expect(desktop.electron.dialogs).toMatchObject([{ kind: 'open', parent: desktop.windows[0] }]);
  });

  it('sends Export Workshop…, Restore from Backup… and Export ▸ Workbook… to the page’s one listener', async () => {
    const desktop = await startDesktop({ platform: 'linux' });
    desktop.clickMenu('File', 'Export Workshop…');
    desktop.clickMenu('File', 'Restore from Backup…');
    desktop.clickMenu('File', 'Export', 'Workbook…');
    desktop.clickMenu('File', 'Export', 'Workshop summary…');
    const page = await desktop.listeningPage(desktop.windows[0]!);
    await vi.waitFor(() =>
      expect(page.commands).toEqual([
        { type: 'export-workshop' },
        { type: 'show-backups' },
        { type: 'export-pdf', kind: 'workbook' },
        { type: 'export-pdf', kind: 'summary' },
      ]),
    );
  });

  it('acts in the console window, not on the projector, while the presenter has the focus', async () => {
    const desktop = await startDesktop({ platform: 'win32', displays: [laptop, projector] });
    const presenter = await present(desktop, await createWorkshop(bridgeOf(desktop)));
    expect(presenter.isFocused()).toBe(true);
    desktop.clickMenu('File', 'Export Workshop…');
    const console = await desktop.listeningPage(desktop.windows[0]!);
    await vi.waitFor(() => expect(console.commands).toEqual([{ type: 'export-workshop' }]));
    expect(presenter.webContents.page?.commands).toEqual([]);
    expect(desktop.windows[0]?.isFocused()).toBe(true);
  });

  it('opens a console window for a menu command when only the presenter is open', async () => {
    const desktop = await startDesktop({ platform: 'linux', displays: [laptop, projector] });
    const presenter = await present(desktop, await createWorkshop(bridgeOf(desktop)));
    desktop.windows[0]?.close();
    expect(desktop.windows).toEqual([presenter]);
    desktop.clickMenu('File', 'Restore from Backup…');
    const console = await desktop.listeningPage(await desktop.window(1));
    await vi.waitFor(() => expect(console.commands).toEqual([{ type: 'show-backups' }]));
    expect(presenter.webContents.page?.commands).toEqual([]);
  });

  it('opens the console window for a menu command on macOS when no window is open', async () => {
    const desktop = await startDesktop({ platform: 'darwin' });
    desktop.windows[0]?.close();
    desktop.clickMenu('File', 'Restore from Backup…');
    const page = await desktop.listeningPage(await desktop.window(0));
    await vi.waitFor(() => expect(page.commands).toEqual([{ type: 'show-backups' }]));
  });
});
