import { join } from 'node:path';
import { BrowserWindow, type WebPreferences } from 'electron';
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

/** Opens the facilitator's console window on the app's home screen; `bundleDir` is where main.cjs lives. */
export function createConsoleWindow(bundleDir: string): BrowserWindow {
  // electronegativity-justified: CONTEXT_ISOLATION_JS_CHECK set by appWebPreferences(), asserted in security-settings.test.ts
  // electronegativity-justified: SANDBOX_JS_CHECK set by appWebPreferences(), asserted in security-settings.test.ts
  // electronegativity-justified: AUXCLICK_JS_CHECK a middle-click opens a window only through setWindowOpenHandler, which denies all
  const window = new BrowserWindow({
    title: appTitle,
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
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
