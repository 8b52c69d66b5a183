// The built main bundle (out/electron/main.cjs) on the Electron stand-in: starting up, the
// console window, and quitting. Each test also fails on any call Electron would refuse.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openDesktop, startDesktop } from './stand-in/desktop';
import { builderConfig } from './support/builder-config';

const databaseInUse = (dataDir: string) => existsSync(join(dataDir, 'workshop.db-wal'));

describe('starting the desktop app', () => {
  it('registers app:// before ready, then opens the console on the app’s home page', async () => {
    const desktop = openDesktop({ platform: 'linux' });
    expect(desktop.electron.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    await desktop.ready();
    const window = await desktop.window(0);
    const page = await desktop.listeningPage(window);
    expect(window.webContents.responses[0]).toEqual({ url: 'app://kam/', status: 200 });
    expect(page.window.kam).toBeDefined();
    expect(window.isVisible()).toBe(true);
  });

  it('gives the Windows taskbar the installer’s AppUserModelID, so pinning and grouping work', async () => {
    const desktop = await startDesktop({ platform: 'win32' });
    expect(desktop.electron.appUserModelId).toBe((await builderConfig()).appId);
  });

  it('shows an error box and quits, freeing the single-instance lock, when start-up fails', async () => {
    const desktop = openDesktop({
      platform: 'win32',
      windowFailure: new Error('GPU process isn’t usable. Goodbye.'),
    });
    await desktop.ready();
    await vi.waitFor(() => expect(desktop.electron.exitCode).not.toBeNull());
    expect(desktop.electron.dialogs).toContainEqual(
      expect.objectContaining({
        kind: 'error',
        options: expect.objectContaining({ content: expect.stringContaining('GPU process') }),
      }),
    );
    expect(desktop.electron.app.hasSingleInstanceLock()).toBe(false);
    expect(databaseInUse(desktop.dataDir)).toBe(false);
  });

  it('quits without opening a window when another instance already runs', async () => {
    const desktop = openDesktop({ platform: 'linux', singleInstanceLock: false });
    await desktop.ready();
    await vi.waitFor(() => expect(desktop.electron.exitCode).toBe(0));
    expect(desktop.windows).toHaveLength(0);
  });

  it('opens the console within a 1366×768 laptop screen at 125 % scaling', async () => {
    // 1366×768 at 125 % is 1093×614 device-independent pixels; the taskbar leaves 1093×566.
    const desktop = await startDesktop({
      platform: 'win32',
      displays: [
        {
          id: 1,
          bounds: { x: 0, y: 0, width: 1093, height: 614 },
          workArea: { x: 0, y: 0, width: 1093, height: 566 },
        },
      ],
    });
    const [window] = desktop.windows;
    const bounds = window?.getBounds();
    expect(bounds?.width).toBeLessThanOrEqual(1093);
    expect(bounds?.height).toBeLessThanOrEqual(566);
    expect(window?.options.minWidth).toBeLessThanOrEqual(1093);
    expect(window?.options.minHeight).toBeLessThanOrEqual(566);
  });

  it('opens the console at 1280×800 on a screen with room for it', async () => {
    const desktop = await startDesktop({ platform: 'linux' });
    expect(desktop.windows[0]?.getBounds()).toMatchObject({ width: 1280, height: 800 });
  });
});

describe('quitting the desktop app', () => {
  it.each(['win32', 'linux'] as const)(
    'quits on %s when the last window is closed, closing the database',
    async (platform) => {
      const desktop = await startDesktop({ platform });
      desktop.windows[0]?.close();
      await vi.waitFor(() => expect(desktop.electron.exitCode).toBe(0));
      expect(databaseInUse(desktop.dataDir)).toBe(false);
    },
  );

  it('keeps running on macOS when the last window is closed, and the Dock opens it again', async () => {
    const desktop = await startDesktop({ platform: 'darwin' });
    desktop.windows[0]?.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(desktop.electron.exitCode).toBeNull();
    desktop.activate();
    await desktop.listeningPage(await desktop.window(0));
    expect(desktop.windows).toHaveLength(1);
  });

  it('does not hold up a macOS logout or restart while the backups stop', async () => {
    const desktop = await startDesktop({ platform: 'darwin' });
    await desktop.quit('logout');
    expect(desktop.electron.quitsCancelled).toEqual([]);
    expect(desktop.electron.exitCode).toBe(0);
    expect(databaseInUse(desktop.dataDir)).toBe(false);
  });
});
