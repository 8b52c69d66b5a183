import { join } from 'node:path';
import { BrowserWindow, screen, type Size, type WebPreferences } from 'electron';
import { appHomeUrl } from './app-origin';

/** The window title, also the product name. */
export const appTitle = 'KAM Relationship Workshop';

/** Locked-down web preferences for every app window: isolated, sandboxed, no Node. */
export function appWebPreferences(bundleDir: string): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    preload: join(bundleDir, 'preload.cjs'),
  };
}

/** The console's size where there is room for it. */
const PREFERRED_SIZE = { width: 1280, height: 800 };

/**
 * The smallest console that still works: it fits a 1366×768 laptop at 125 % scaling, whose
 * screen is 1093×614 device-independent pixels and 1093×566 above the taskbar.
 */
const MINIMUM_SIZE = { width: 640, height: 480 };

/** The console's size and minimum on a screen with this work area: never larger than it. */
export function consoleWindowSize(workArea: Size) {
  return {
    width: Math.min(PREFERRED_SIZE.width, workArea.width),
    height: Math.min(PREFERRED_SIZE.height, workArea.height),
    minWidth: Math.min(MINIMUM_SIZE.width, workArea.width),
    minHeight: Math.min(MINIMUM_SIZE.height, workArea.height),
  };
}

/** Opens the facilitator's console window on the app's home screen; `bundleDir` is where main.cjs lives. */
export function createConsoleWindow(bundleDir: string): BrowserWindow {
  // electronegativity-justified: CONTEXT_ISOLATION_JS_CHECK set by appWebPreferences(), asserted in security-settings.test.ts
  // electronegativity-justified: SANDBOX_JS_CHECK set by appWebPreferences(), asserted in security-settings.test.ts
  // electronegativity-justified: AUXCLICK_JS_CHECK a middle-click opens a window only through setWindowOpenHandler, which denies all
  const window = new BrowserWindow({
    title: appTitle,
    // It opens on the main screen: sized to the room there is on it.
    ...consoleWindowSize(screen.getPrimaryDisplay().workAreaSize),
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: appWebPreferences(bundleDir),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(appHomeUrl).catch((error: unknown) => {
    console.error('The console window could not load the app', error);
  });
  return window;
}
