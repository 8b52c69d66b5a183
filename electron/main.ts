// The desktop shell: wiring only. Each piece lives in its own module.
import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, screen, session } from 'electron';
import { createApi } from '../server/api/create-api';
import { RoomService } from '../server/host/room/room-service';
import { appId } from './app-id';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { runStoreUpkeepUntilQuit } from './backup-schedule';
import { createCommandDelivery, mountCommandHandshake } from './command-delivery';
import { describeDisplays } from './displays';
import { mountExportSave } from './export-save';
import { fileMenuActions } from './file-menu';
import { mountWorkshopFileIpc, openedFileCommand } from './file-open';
import { broadcastEvents, createSenderCheck, mountApi } from './ipc';
import { workshopFileInArgv } from './launch-files';
import { installMenu, type ExportPdf, type FileMenu } from './menu';
import { showMessageBox } from './parented-dialogs';
import {
  isPresenterWindow,
  mountPresenter,
  openPresenterWindow,
  workshopIdOfUrl,
} from './presenter-window';
import { hardenAllWebContents, hardenSession } from './security';
import { openStoreForDesktop } from './startup-store';
import { createConsoleWindow } from './windows';

// Tests point the app at a throwaway folder; set before the lock, which is per userData.
const dataDirOverride = process.env.KAM_DATA_DIR;
if (dataDirOverride) app.setPath('userData', resolve(dataDirOverride));

// Without it Windows groups the windows apart from the installer's shortcut (and its pin).
if (process.platform === 'win32') app.setAppUserModelId(appId);

/** Menu and OS commands, on their way to the trainer's window; they wait for its page. */
const commands = createCommandDelivery({
  all: () => BrowserWindow.getAllWindows(),
  focused: () => BrowserWindow.getFocusedWindow(),
  isPresenter: isPresenterWindow,
  openConsole: () => createConsoleWindow(__dirname),
});

/** Hands a workshop file opened with the app to the page's import flow. */
function openWorkshopFile(path: string): void {
  commands.send(openedFileCommand(path));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme(protocol);
  hardenAllWebContents(app);
  // Windows and Linux open a file by starting the app with it; a running app hears of it here.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = workshopFileInArgv(argv, workingDirectory);
    if (file) openWorkshopFile(file);
    else commands.showWindow();
  });
  // macOS hands a double-clicked file over by event, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openWorkshopFile(path);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  const launchedWith = workshopFileInArgv(process.argv, process.cwd());
  if (launchedWith) openWorkshopFile(launchedWith);
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // A windowless process would keep the single-instance lock: say what failed, then quit.
      console.error('The app could not start', error);
      dialog.showErrorBox(
        'KAM Relationship Workshop could not start',
        error instanceof Error ? error.message : String(error),
      );
      app.quit();
    });
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  const opened = await openStoreForDesktop(app.getPath('userData'), dialog);
  if (opened === null) {
    app.quit();
    return;
  }
  runStoreUpkeepUntilQuit(app, opened, dialog);

  // The room: learners' devices join over the local network when the trainer opens it.
  const room = new RoomService({ pageDir: join(__dirname, '../room') });
  const api = createApi({ db: opened.db, room });
  room.attach(api);
  app.on('will-quit', () => void room.shutdown());
  const windows = () => BrowserWindow.getAllWindows();
  const windowOf = (contents: Electron.WebContents) => BrowserWindow.fromWebContents(contents);
  const isTrustedSender = createSenderCheck(windows);
  mountApi(ipcMain, api, isTrustedSender);
  mountWorkshopFileIpc(ipcMain, api, dialog, isTrustedSender, windowOf);
  mountExportSave(ipcMain, api, dialog, isTrustedSender, windowOf, () => app.getPath('documents'));
  mountCommandHandshake(ipcMain, isTrustedSender, commands);
  const present = (workshopId: string, displayId?: number) =>
    openPresenterWindow(__dirname, workshopId, displayId);
  mountPresenter(ipcMain, isTrustedSender, present);
  broadcastEvents(api, windows);
  serveAppProtocol(protocol, join(__dirname, '../renderer'));

  const { exportPdf, ...files } = fileMenuActions(api, dialog, commands, () =>
    BrowserWindow.getFocusedWindow(),
  );
  const menu = () => installAppMenu(present, files, exportPdf);
  menu();
  screen.on('display-added', menu);
  screen.on('display-removed', menu);

  createConsoleWindow(__dirname);
  commands.start();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createConsoleWindow(__dirname);
  });
}

/** The menu, with Present acting on the workshop the focused window shows. */
function installAppMenu(
  present: (workshopId: string, displayId?: number) => unknown,
  files: FileMenu,
  exportPdf: ExportPdf,
): void {
  installMenu(
    {
      displays: describeDisplays(screen),
      present: (displayId) => {
        const focused = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
        const workshopId = focused ? workshopIdOfUrl(focused.webContents.getURL()) : null;
        if (workshopId) present(workshopId, displayId);
        else
          void showMessageBox(dialog, focused, {
            type: 'info',
            message: 'Open a workshop first',
            detail: 'Present shows the workshop open in this window on the projector.',
          });
      },
    },
    files,
    exportPdf,
  );
}
