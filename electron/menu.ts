import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import type { DisplayInfo } from '../shared/api/transport';
import { showMessageBox } from './parented-dialogs';

/** The course module the app is built on, credited in About. */
export const courseCredit =
  'Built for the course module "1.2.1 Key account relationships — nature and expectations" by Dr Diana Woodburn.';

/** The View menu's Present items: the displays to choose from, and what choosing one does. */
export interface PresentMenu {
  displays: readonly DisplayInfo[];
  present(displayId?: number): void;
}

function presentItems(menu: PresentMenu): MenuItemConstructorOptions[] {
  return [
    { type: 'separator' },
    { label: 'Present', accelerator: 'F5', click: () => menu.present() },
    {
      label: 'Present On',
      submenu: menu.displays.map((display) => ({
        label: display.label,
        click: () => menu.present(display.id),
      })),
    },
  ];
}

/** The File menu's workshop-file and backup items, each acting on the focused window. */
export interface FileMenu {
  exportWorkshop(): void;
  importWorkshop(): void;
  backUpNow(): void;
  restoreFromBackup(): void;
}

function fileItems(menu: FileMenu): MenuItemConstructorOptions[] {
  return [
    { label: 'Export Workshop…', accelerator: 'CmdOrCtrl+E', click: () => menu.exportWorkshop() },
    { label: 'Import Workshop…', accelerator: 'CmdOrCtrl+O', click: () => menu.importWorkshop() },
    { type: 'separator' },
    { label: 'Back Up Now', click: () => menu.backUpNow() },
    { label: 'Restore from Backup…', click: () => menu.restoreFromBackup() },
    { type: 'separator' },
  ];
}

/** File ▸ Export's PDF documents; `exportPdf` opens the export dialog in the focused window. */
export type ExportPdf = (kind: 'workbook' | 'summary') => void;

function exportItems(exportPdf: ExportPdf): MenuItemConstructorOptions[] {
  return [
    {
      label: 'Export',
      submenu: [
        { label: 'Workbook…', click: () => exportPdf('workbook') },
        { label: 'Workshop summary…', click: () => exportPdf('summary') },
      ],
    },
    { type: 'separator' },
  ];
}

/** The application menu as a template; pure, so its shape can be tested on any platform. */
export function menuTemplate(
  platform: NodeJS.Platform,
  appName: string,
  showAbout: () => void,
  present?: PresentMenu,
  files?: FileMenu,
  exportPdf?: ExportPdf,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: showAbout };
  const macAppMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  const template: MenuItemConstructorOptions[] = [
    // On macOS Quit lives in the app menu; File then only closes the window.
    {
      label: '&File',
      submenu: [
        ...(files ? fileItems(files) : []),
        ...(exportPdf ? exportItems(exportPdf) : []),
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(present ? presentItems(present) : []),
      ],
    },
    { role: 'help', submenu: [about] },
  ];
  return isMac ? [macAppMenu, ...template] : template;
}

/** Shows the About dialog, over the focused window, with the version and the course credit. */
export function showAboutDialog(): void {
  void showMessageBox(dialog, BrowserWindow.getFocusedWindow(), {
    type: 'info',
    title: `About ${app.getName()}`,
    message: `${app.getName()} ${app.getVersion()}`,
    detail: courseCredit,
    buttons: ['OK'],
  });
}

/** Installs the application menu for this platform (again whenever the displays change). */
export function installMenu(present?: PresentMenu, files?: FileMenu, exportPdf?: ExportPdf): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(process.platform, app.getName(), showAboutDialog, present, files, exportPdf),
    ),
  );
}
