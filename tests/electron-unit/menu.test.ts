import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { getName: () => 'KAM Relationship Workshop', getVersion: () => '0.1.0' },
  focused: { title: 'the focused window' },
  BrowserWindow: { getFocusedWindow: (): unknown => electron.focused },
  dialog: { showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })) },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
}));

vi.mock('electron', () => electron);

const { installMenu, menuTemplate, showAboutDialog } = await import('../../electron/menu');

function submenuOf(
  template: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label || item.role === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

const roles = (items: MenuItemConstructorOptions[]) =>
  items.map((item) => item.role).filter(Boolean);

describe('menuTemplate', () => {
  it('offers File, Edit, View and Help on Windows and Linux', () => {
    const template = menuTemplate('win32', 'KAM', () => undefined);
    expect(template.map((item) => item.label ?? item.role)).toEqual([
      '&File',
      '&Edit',
      '&View',
      'help',
    ]);
    expect(roles(submenuOf(template, '&File'))).toEqual(['quit']);
    expect(roles(submenuOf(template, '&Edit'))).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
    expect(roles(submenuOf(template, '&View'))).toEqual([
      'reload',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
  });

  it('puts an app menu with About and Quit first on macOS', () => {
    const template = menuTemplate('darwin', 'KAM', () => undefined);
    const appMenu = submenuOf(template, 'KAM');
    expect(template[0]?.label).toBe('KAM');
    expect(appMenu[0]?.label).toBe('About KAM');
    expect(roles(appMenu)).toContain('quit');
    expect(roles(submenuOf(template, '&File'))).toEqual(['close']);
  });

  it('opens About from the Help menu', () => {
    const showAbout = vi.fn();
    const about = submenuOf(menuTemplate('linux', 'KAM', showAbout), 'help')[0];
    expect(about?.label).toBe('About KAM');
    about?.click?.({} as never, undefined, {} as never);
    expect(showAbout).toHaveBeenCalled();
  });
});

describe('showAboutDialog', () => {
  it('credits the course module and its author, over the focused window', () => {
    showAboutDialog();
    const [parent, options] = electron.dialog.showMessageBox.mock.calls.at(-1) as unknown as [
      unknown,
      Electron.MessageBoxOptions,
    ];
    expect(parent).toBe(electron.focused);
    expect(options.detail).toContain('1.2.1 Key account relationships — nature and expectations');
    expect(options.detail).toContain('Dr Diana Woodburn');
  });
});

describe('installMenu', () => {
  it('sets the application menu built from the template', () => {
    installMenu();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(
      electron.Menu.buildFromTemplate.mock.results.at(-1)?.value,
    );
  });
});
