// The desktop app as a test drives it: the built main bundle running on the Electron stand-in,
// with the OS's part played by the test (launching, opening files, clicking the menu, quitting).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished, vi } from 'vitest';
import { ipcChannels } from '../../../shared/api/transport';
import type { QuitReason } from './app';
import { ElectronStandIn, type StandInOptions } from './electron-stand-in';
import { electronEvent, nextTurn } from './events';
import type { StandInPage } from './page';
import { bundleDir, processSeenAs, runBundle } from './run-bundle';
import type { StandInBrowserWindow } from './window';

/** Where each platform's executable lies, as argv[0] shows it. */
const executables = {
  win32: 'C:\\Program Files\\KAM Relationship Workshop\\KAM Relationship Workshop.exe',
  darwin: '/Applications/KAM Relationship Workshop.app/Contents/MacOS/KAM Relationship Workshop',
  linux: '/opt/KAM Relationship Workshop/kam-relationship-workshop',
} as const;

export interface LaunchOptions extends StandInOptions {
  /** Command-line arguments after the executable. */
  args?: string[];
  /** The working directory the app was started in. */
  cwd?: string;
}

export class Desktop {
  readonly electron: ElectronStandIn;
  readonly dataDir = mkdtempSync(join(tmpdir(), 'kam-desktop-'));
  /** What the app wrote with console.error. */
  readonly errors: unknown[][] = [];

  /** Starts the app's main script; Electron is not ready yet. */
  constructor(readonly options: LaunchOptions) {
    this.electron = new ElectronStandIn(options);
    const module = this.electron.module();
    runBundle(join(bundleDir, 'main.cjs'), {
      module: (id) => (id === 'electron' ? module : undefined),
      process: processSeenAs({
        platform: options.platform,
        argv: [executables[options.platform], ...(options.args ?? [])],
        cwd: options.cwd ?? tmpdir(),
        env: { ...process.env, KAM_DATA_DIR: this.dataDir },
      }),
      console: Object.assign(Object.create(console) as Console, {
        error: (...args: unknown[]) => this.errors.push(args),
      }),
    });
  }

  /** Electron has started: `ready` fires and whenReady() resolves. */
  async ready(): Promise<void> {
    this.electron.isReady = true;
    this.electron.app.becomeReady();
    await nextTurn();
  }

  get windows(): readonly StandInBrowserWindow[] {
    return this.electron.windows;
  }

  /** The nth window, once it exists. */
  async window(index: number): Promise<StandInBrowserWindow> {
    return vi.waitFor(() => {
      const window = this.electron.windows[index];
      if (!window) throw new Error(`there is no window ${index + 1}`);
      return window;
    });
  }

  /** A window's page once it has loaded and the app in it listens for commands. */
  async listeningPage(window: StandInBrowserWindow): Promise<StandInPage> {
    const page = await vi.waitFor(
      () => {
        const loaded = window.webContents.page;
        if (!loaded) throw new Error(`${String(window.options.title)} has no page`);
        return loaded;
      },
      { timeout: 5_000 },
    );
    // The app starts listening a moment after the load: wait past that moment.
    await new Promise((resolve) =>
      setTimeout(resolve, (this.options.pageListensAfterMs ?? 20) + 20),
    );
    return page;
  }

  /** macOS hands over a double-clicked file; true when the app took it. */
  openFile(path: string): boolean {
    const event = electronEvent();
    this.electron.app.emit('open-file', event, path);
    return event.defaultPrevented;
  }

  /** The user starts the app again: Electron tells this instance, after ready. */
  secondInstance(args: string[], workingDirectory: string): void {
    if (!this.electron.isReady) throw new Error('second-instance comes only after ready');
    const argv = [executables[this.options.platform], ...args, '--original-process-start-time=1'];
    this.electron.app.emit('second-instance', electronEvent(), argv, workingDirectory, {});
  }

  /** macOS: the Dock icon is clicked. */
  activate(): void {
    this.electron.app.emit(
      'activate',
      electronEvent(),
      this.windows.some((w) => w.isVisible()),
    );
  }

  /** Clicks an item of the application menu by its labels, acting on the focused window. */
  clickMenu(...labels: string[]): void {
    let items = this.electron.applicationMenu ?? [];
    for (const [i, label] of labels.entries()) {
      const item = items.find((it) => (it.label ?? it.role ?? '').replace('&', '') === label);
      if (!item) throw new Error(`no menu item "${labels.slice(0, i + 1).join(' ▸ ')}"`);
      if (i === labels.length - 1) {
        const click = item.click as ((...args: unknown[]) => unknown) | undefined;
        if (!click) throw new Error(`"${label}" does nothing when clicked`);
        click(item, this.electron.focused ?? undefined, {});
      } else items = Array.isArray(item.submenu) ? item.submenu : [];
    }
  }

  /** Asks the app to quit (or the OS logs out) and waits until it has ended or stayed. */
  async quit(reason: QuitReason = 'quit'): Promise<void> {
    await this.electron.app.runQuit(reason);
    await vi.waitFor(() =>
      expect(this.electron.exitCode !== null || this.electron.quitsCancelled.length > 0).toBe(true),
    );
  }

  /** Quits if still running (so the database is closed) and removes the data folder. */
  async dispose(): Promise<void> {
    if (this.electron.exitCode === null && this.electron.isReady) {
      this.electron.app.quit();
      await vi.waitFor(() => expect(this.electron.exitCode).not.toBeNull(), { timeout: 5_000 });
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/**
 * Runs the app's main script for this test (Electron not ready yet). When the test ends the
 * app is quit and must not have broken an Electron rule or lost a command sent to a page.
 */
export function openDesktop(options: LaunchOptions): Desktop {
  const desktop = new Desktop(options);
  onTestFinished(async () => {
    await desktop.dispose();
    expect(desktop.electron.violations, 'Electron calls made when Electron refuses them').toEqual(
      [],
    );
    expect(
      desktop.electron.lost.filter((message) => message.channel !== ipcChannels.event),
      'commands sent to a page that was not listening',
    ).toEqual([]);
  });
  return desktop;
}

/** The app started, its console window open and its page listening. */
export async function startDesktop(options: LaunchOptions): Promise<Desktop> {
  const desktop = openDesktop(options);
  await desktop.ready();
  await desktop.listeningPage(await desktop.window(0));
  return desktop;
}
