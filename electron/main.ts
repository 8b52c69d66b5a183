// The desktop shell: wiring only. Each piece lives in its own module.
import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { createApi } from '../server/api/create-api';
import { closeStore } from '../server/store/open-store';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { broadcastEvents, createSenderCheck, mountApi } from './ipc';
import { installMenu } from './menu';
import { hardenAllWebContents, hardenSession } from './security';
import { openStoreForDesktop } from './startup-store';
import { createConsoleWindow } from './windows';

// Tests point the app at a throwaway folder; set before the lock, which is per userData.
const dataDirOverride = process.env.KAM_DATA_DIR;
if (dataDirOverride) app.setPath('userData', resolve(dataDirOverride));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme(protocol);
  hardenAllWebContents(app);
  app.on('second-instance', focusExistingWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start, (error: unknown) => console.error('Electron failed to start', error));
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  const opened = await openStoreForDesktop(app.getPath('userData'), dialog);
  if (opened === null) {
    app.quit();
    return;
  }
  app.on('before-quit', () => closeStore(opened.db));

  const api = createApi({ db: opened.db });
  const windows = () => BrowserWindow.getAllWindows();
  mountApi(ipcMain, api, createSenderCheck(windows));
  broadcastEvents(api, windows);
  serveAppProtocol(protocol, join(__dirname, '../renderer'));
  installMenu();
  createConsoleWindow(__dirname);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createConsoleWindow(__dirname);
  });
}

function focusExistingWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}
