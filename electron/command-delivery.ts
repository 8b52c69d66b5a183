import type { BrowserWindow, IpcMain, WebContents } from 'electron';
import type { Result } from '../shared/api/errors';
import { ipcChannels, type AppCommand } from '../shared/api/transport';
import type { SenderCheck } from './ipc';

/** The windows the commands can go to, and how to open one. */
export interface CommandWindows {
  all(): readonly BrowserWindow[];
  focused(): BrowserWindow | null;
  /** The projector's window: it shows the room, never the trainer's dialogs. */
  isPresenter(window: BrowserWindow): boolean;
  /** Opens the console window (its page will say when it listens). */
  openConsole(): void;
}

/** Hands what the menu and the OS ask of the app to the page the trainer works in. */
export interface CommandDelivery {
  /** Delivers a command, or one still being prepared (a file being read), in order. */
  send(command: AppCommand | Promise<AppCommand>): void;
  /** Brings the trainer's window to the front, opening one if none is open. */
  showWindow(): void;
  /** The page of `contents` listens now: what waited for it is sent. */
  pageListens(contents: WebContents): void;
  /** The app is ready: windows may be opened and commands delivered from now on. */
  start(): void;
}

/**
 * Delivers commands to the focused window unless it is the presenter, else to the console
 * window, else to a new console window: dialogs never open on the projector. A command waits
 * until that window's page has said it listens (the handshake), so none is lost to a page
 * still loading, to a window not yet open (a file opened at launch) or to no window at all
 * (macOS after the last one closed).
 */
export function createCommandDelivery(windows: CommandWindows): CommandDelivery {
  const waiting: AppCommand[] = [];
  const listening = new WeakSet<WebContents>();
  let started = false;
  let arrivals: Promise<void> = Promise.resolve();

  /** The trainer's window: the focused one, else any; never the projector's. */
  function target(): BrowserWindow | null {
    const isTrainers = (window: BrowserWindow | null): window is BrowserWindow =>
      window !== null && !window.isDestroyed() && !windows.isPresenter(window);
    const focused = windows.focused();
    return isTrainers(focused) ? focused : (windows.all().find(isTrainers) ?? null);
  }

  function bringForward(window: BrowserWindow): void {
    if (window.isMinimized()) window.restore();
    window.focus();
  }

  function deliver(): void {
    if (!started || waiting.length === 0) return;
    const window = target();
    if (!window) return windows.openConsole();
    if (!listening.has(window.webContents)) return;
    bringForward(window);
    for (const command of waiting.splice(0))
      window.webContents.send(ipcChannels.appCommand, command);
  }

  return {
    send(command) {
      // Chained, so a file that takes longer to read cannot overtake an earlier one.
      arrivals = arrivals.then(async () => {
        waiting.push(await command);
        deliver();
      });
    },
    showWindow() {
      const window = target();
      if (window) bringForward(window);
      else if (started) windows.openConsole();
    },
    pageListens(contents) {
      if (!listening.has(contents)) {
        listening.add(contents);
        // A new document (a reload) has no listener until it says so again.
        const forget = (details: { isMainFrame: boolean; isSameDocument: boolean }) => {
          if (!details.isMainFrame || details.isSameDocument) return;
          listening.delete(contents);
          contents.off('did-start-navigation', forget);
        };
        contents.on('did-start-navigation', forget);
      }
      deliver();
    },
    start() {
      started = true;
      deliver();
    },
  };
}

const forbidden: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This window may not receive app commands.' },
};

/** Mounts the page's handshake, behind the same sender check as the api. */
export function mountCommandHandshake(
  ipcMain: Pick<IpcMain, 'handle'>,
  isTrustedSender: SenderCheck,
  delivery: Pick<CommandDelivery, 'pageListens'>,
): void {
  ipcMain.handle(ipcChannels.appCommandsReady, (event): Result<null> => {
    if (!isTrustedSender(event)) return forbidden;
    delivery.pageListens(event.sender);
    return { ok: true, value: null };
  });
}
