import { BrowserWindow, screen, type IpcMain, type Rectangle } from 'electron';
import type { Result } from '../shared/api/errors';
import { ipcChannels, type DisplayInfo } from '../shared/api/transport';
import { appHomeUrl } from './app-origin';
import { describeDisplays, pickPresenterDisplay } from './displays';
import type { SenderCheck } from './ipc';
import { appTitle, appWebPreferences } from './windows';

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const WORKSHOP_IN_PATH = /^\/workshops\/([A-Za-z0-9_-]{1,64})(?:\/|$)/;

/** The presenter view of a workshop, on the app's own origin. */
export function presenterUrl(workshopId: string): string {
  if (!SAFE_ID.test(workshopId)) throw new Error('Not a workshop id');
  return new URL(`workshops/${workshopId}/present`, appHomeUrl).toString();
}

/** The workshop a window shows (console, exercise, …), read from its address; null if none. */
export function workshopIdOfUrl(url: string): string | null {
  try {
    return WORKSHOP_IN_PATH.exec(new URL(url).pathname)?.[1] ?? null;
  } catch {
    return null;
  }
}

/**
 * Builds a presenter window: full screen over `bounds` (a projector) when given, else a
 * normal window the trainer can drag to the projector. Same locked-down page as the console.
 */
export function createPresenterWindow(
  bundleDir: string,
  url: string = appHomeUrl,
  bounds?: Rectangle,
): BrowserWindow {
  // electronegativity-justified: CONTEXT_ISOLATION_JS_CHECK set by appWebPreferences(), asserted in security-settings.test.ts
  // electronegativity-justified: SANDBOX_JS_CHECK set by appWebPreferences(), asserted in security-settings.test.ts
  // electronegativity-justified: AUXCLICK_JS_CHECK a middle-click opens a window only through setWindowOpenHandler, which denies all
  const window = new BrowserWindow({
    title: `Presenter · ${appTitle}`,
    ...(bounds ? { ...bounds, fullscreen: true } : { width: 1280, height: 720 }),
    minWidth: 640,
    minHeight: 360,
    show: false,
    // The presenter's own dark stage colour, so the projector never flashes white.
    backgroundColor: '#0b1020',
    autoHideMenuBar: true,
    webPreferences: appWebPreferences(bundleDir),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(url).catch((error: unknown) => {
    console.error('The presenter window could not load', error);
  });
  return window;
}

// One projector, one presenter window: pressing Present again moves and reuses it.
let presenter: BrowserWindow | null = null;

/**
 * Opens the workshop's presenter: on the chosen display, or on the first display that is
 * not the main one; reuses the presenter window when one is already open.
 */
export function openPresenterWindow(
  bundleDir: string,
  workshopId: string,
  displayId?: number,
): BrowserWindow {
  const url = presenterUrl(workshopId);
  const bounds = pickPresenterDisplay(screen, displayId)?.bounds;
  if (presenter && !presenter.isDestroyed()) {
    if (bounds) {
      presenter.setFullScreen(false);
      presenter.setBounds(bounds);
      presenter.setFullScreen(true);
    }
    void presenter.loadURL(url);
    presenter.focus();
    return presenter;
  }
  const window = createPresenterWindow(bundleDir, url, bounds);
  presenter = window;
  window.on('closed', () => {
    if (presenter === window) presenter = null;
  });
  return window;
}

/** Whether a window is the presenter: the projector's window, never the trainer's. */
export function isPresenterWindow(window: BrowserWindow): boolean {
  return window === presenter;
}

const forbidden: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This window may not open the presenter.' },
};

/** Mounts `present` and `listDisplays` for the preload, behind the same sender check as the api. */
export function mountPresenter(
  ipcMain: Pick<IpcMain, 'handle'>,
  isTrustedSender: SenderCheck,
  open: (workshopId: string, displayId?: number) => unknown,
): void {
  ipcMain.handle(ipcChannels.present, (event, workshopId: unknown, displayId: unknown) => {
    if (!isTrustedSender(event)) return forbidden;
    if (typeof workshopId !== 'string' || !SAFE_ID.test(workshopId))
      return { ok: false, error: { code: 'validation', message: 'A workshop id is needed.' } };
    open(workshopId, Number.isInteger(displayId) ? (displayId as number) : undefined);
    return { ok: true, value: null } satisfies Result<null>;
  });
  ipcMain.handle(ipcChannels.displays, (event): Result<DisplayInfo[]> => {
    if (!isTrustedSender(event)) return forbidden;
    return { ok: true, value: describeDisplays(screen) };
  });
}
