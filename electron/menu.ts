import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron';

/** The course module the app is built on, credited in About. */
export const courseCredit =
  'Built for the course module "1.2.1 Key account relationships — nature and expectations" by Dr Diana Woodburn.';

/** The application menu as a template; pure, so its shape can be tested on any platform. */
export function menuTemplate(
  platform: NodeJS.Platform,
  appName: string,
  showAbout: () => void,
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
    { label: '&File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
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
      ],
    },
    { role: 'help', submenu: [about] },
  ];
  return isMac ? [macAppMenu, ...template] : template;
}

/** Shows the About dialog with the version and the course credit. */
export function showAboutDialog(): void {
  void dialog.showMessageBox({
    type: 'info',
    title: `About ${app.getName()}`,
    message: `${app.getName()} ${app.getVersion()}`,
    detail: courseCredit,
    buttons: ['OK'],
  });
}

/** Installs the application menu for this platform. */
export function installMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate(process.platform, app.getName(), showAboutDialog)),
  );
}
