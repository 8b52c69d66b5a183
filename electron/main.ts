// The desktop shell: wiring only. Each piece lives in its own module.
import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, screen, session } from 'electron';
import { createApi } from '../server/api/create-api';
import { ipcChannels } from '../shared/api/transport';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { broadcastEvents, createSenderCheck, mountApi } from './ipc';
import { describeDisplays } from './displays';
import { fileMenuActions, runStoreUpkeepUntilQuit } from './backup-schedule';
import { mountWorkshopFileIpc, sendWorkshopFile, workshopFileInArgv } from './file-open';
import { mountExportSave } from './export-save';
import { installMenu, type ExportPdf, type FileMenu } from './menu';
import { mountPresenter, openPresenterWindow, workshopIdOfUrl } from './presenter-window';
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
  app.on('second-instance', (_event, argv) => {
    focusExistingWindow();
    const file = workshopFileInArgv(argv);
    if (file) openWorkshopFile(file);
  });
  // macOS hands a double-clicked file over by event, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openWorkshopFile(path);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start, (error: unknown) => console.error('Electron failed to start', error));
}

/** Files opened with the app before a window could take them. */
const waitingFiles: string[] = [];
let fileMenu: FileMenu | undefined;

/** Sends a workshop file to the console window's import flow, once its page has loaded. */
function openWorkshopFile(path: string): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) {
    waitingFiles.push(path);
    return;
  }
  if (window.webContents.isLoading()) {
    window.webContents.once('did-finish-load', () => void sendWorkshopFile(window, path));
  } else void sendWorkshopFile(window, path);
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  const opened = await openStoreForDesktop(app.getPath('userData'), dialog);
  if (opened === null) {
    app.quit();
    return;
  }
  runStoreUpkeepUntilQuit(app, opened, dialog);

  const api = createApi({ db: opened.db });
  const windows = () => BrowserWindow.getAllWindows();
  const isTrustedSender = createSenderCheck(windows);
  mountApi(ipcMain, api, isTrustedSender);
  mountWorkshopFileIpc(ipcMain, api, dialog, isTrustedSender);
  mountExportSave(ipcMain, api, dialog, isTrustedSender, () => app.getPath('documents'));
  fileMenu = fileMenuActions(
    api,
    dialog,
    () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0],
  );
  const present = (workshopId: string, displayId?: number) =>
    openPresenterWindow(__dirname, workshopId, displayId);
  mountPresenter(ipcMain, isTrustedSender, present);
  broadcastEvents(api, windows);
  serveAppProtocol(protocol, join(__dirname, '../renderer'));
  installPresentMenu(present);
  screen.on('display-added', () => installPresentMenu(present));
  screen.on('display-removed', () => installPresentMenu(present));
  createConsoleWindow(__dirname);
  const launchedWith = workshopFileInArgv(process.argv);
  for (const file of [...waitingFiles.splice(0), ...(launchedWith ? [launchedWith] : [])]) {
    openWorkshopFile(file);
  }
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createConsoleWindow(__dirname);
  });
}

/** The menu, with Present acting on the workshop the focused window shows. */
function installPresentMenu(present: (workshopId: string, displayId?: number) => unknown): void {
  installMenu(
    {
      displays: describeDisplays(screen),
      present: (displayId) => {
        const focused = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
        const workshopId = focused ? workshopIdOfUrl(focused.webContents.getURL()) : null;
        if (workshopId) present(workshopId, displayId);
        else
          void dialog.showMessageBox({
            type: 'info',
            message: 'Open a workshop first',
            detail: 'Present shows the workshop open in this window on the projector.',
          });
      },
    },
    fileMenu,
    exportPdf,
  );
}

/** File ▸ Export ▸ Workbook… / Workshop summary…: opens the export dialog in the focused window. */
const exportPdf: ExportPdf = (kind) => {
  const focused = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  focused?.webContents.send(ipcChannels.exportMenu, kind);
};

function focusExistingWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}
