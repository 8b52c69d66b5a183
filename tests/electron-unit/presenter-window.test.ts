import type { BrowserWindowConstructorOptions, IpcMain, IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../shared/api/transport';

interface FakeDisplay {
  id: number;
  label: string;
  bounds: { x: number; y: number; width: number; height: number };
  size: { width: number; height: number };
}

const electron = vi.hoisted(() => {
  const display = (id: number, x: number): FakeDisplay => ({
    id,
    label: '',
    bounds: { x, y: 0, width: 1920, height: 1080 },
    size: { width: 1920, height: 1080 },
  });
  const screen = {
    displays: [display(1, 0)],
    getAllDisplays: () => screen.displays,
    getPrimaryDisplay: () => screen.displays[0],
  };
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    readonly listeners = new Map<string, () => void>();
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly setBounds = vi.fn();
    readonly setFullScreen = vi.fn();
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    destroyed = false;
    constructor(readonly options: BrowserWindowConstructorOptions) {
      FakeBrowserWindow.created.push(this);
    }
    once(event: string, listener: () => void): this {
      this.listeners.set(event, listener);
      return this;
    }
    on(event: string, listener: () => void): this {
      this.listeners.set(event, listener);
      return this;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
  }
  return { FakeBrowserWindow, screen, display };
});

vi.mock('electron', () => ({ BrowserWindow: electron.FakeBrowserWindow, screen: electron.screen }));

const { mountPresenter, openPresenterWindow, presenterUrl, workshopIdOfUrl } =
  await import('../../electron/presenter-window');
const { appWebPreferences } = await import('../../electron/windows');

function closeAll() {
  for (const window of electron.FakeBrowserWindow.created) {
    window.destroyed = true;
    window.listeners.get('closed')?.();
  }
  electron.FakeBrowserWindow.created.length = 0;
}

beforeEach(() => {
  closeAll();
  electron.screen.displays = [electron.display(1, 0)];
});

describe('openPresenterWindow', () => {
  it('opens full screen on the second display when there are two', () => {
    electron.screen.displays = [electron.display(1, 0), electron.display(2, 1920)];
    const window = openPresenterWindow('/b', 'w1') as unknown as InstanceType<
      typeof electron.FakeBrowserWindow
    >;
    expect(window.options).toMatchObject({
      x: 1920,
      y: 0,
      width: 1920,
      height: 1080,
      fullscreen: true,
    });
  });

  it('opens a normal window that can be dragged to the projector when there is one display', () => {
    const window = openPresenterWindow('/b', 'w1') as unknown as InstanceType<
      typeof electron.FakeBrowserWindow
    >;
    expect(window.options.fullscreen).toBeUndefined();
    expect(window.options).toMatchObject({ width: 1280, height: 720 });
  });

  it('opens on the display the trainer picked', () => {
    electron.screen.displays = [
      electron.display(1, 0),
      electron.display(2, 1920),
      electron.display(3, 3840),
    ];
    const window = openPresenterWindow('/b', 'w1', 3) as unknown as InstanceType<
      typeof electron.FakeBrowserWindow
    >;
    expect(window.options).toMatchObject({ x: 3840, fullscreen: true });
  });

  it('uses the locked-down web preferences and loads the presenter route', () => {
    const window = openPresenterWindow('/app/out/electron', 'w1') as unknown as InstanceType<
      typeof electron.FakeBrowserWindow
    >;
    expect(window.options.webPreferences).toEqual(appWebPreferences('/app/out/electron'));
    expect(window.loadURL).toHaveBeenCalledWith('app://kam/workshops/w1/present');
    expect(window.show).not.toHaveBeenCalled();
    window.listeners.get('ready-to-show')?.();
    expect(window.show).toHaveBeenCalled();
  });

  it('reuses the open presenter window for the next Present', () => {
    const first = openPresenterWindow('/b', 'w1');
    const second = openPresenterWindow('/b', 'w2');
    expect(second).toBe(first);
    expect(electron.FakeBrowserWindow.created).toHaveLength(1);
  });
});

describe('presenter addresses', () => {
  it('refuses an id that could leave the presenter route', () => {
    expect(() => presenterUrl('../evil')).toThrow();
  });

  it('reads the workshop from a window address', () => {
    expect(workshopIdOfUrl('app://kam/workshops/abc_1/console')).toBe('abc_1');
    expect(workshopIdOfUrl('app://kam/')).toBeNull();
  });
});

describe('mountPresenter', () => {
  type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

  function mounted(trusted: boolean) {
    const handlers = new Map<string, Handler>();
    const ipcMain = {
      handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    };
    const open = vi.fn();
    mountPresenter(ipcMain as unknown as IpcMain, () => trusted, open);
    const invoke = (channel: string, ...args: unknown[]) =>
      handlers.get(channel)?.({} as IpcMainInvokeEvent, ...args);
    return { open, invoke };
  }

  it('opens the presenter for a trusted sender', () => {
    const { open, invoke } = mounted(true);
    expect(invoke(ipcChannels.present, 'w1', 2)).toEqual({ ok: true, value: null });
    expect(open).toHaveBeenCalledWith('w1', 2);
  });

  it('refuses calls from untrusted senders', () => {
    const { open, invoke } = mounted(false);
    expect(invoke(ipcChannels.present, 'w1')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(invoke(ipcChannels.displays)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(open).not.toHaveBeenCalled();
  });

  it('lists the displays with the main one marked', () => {
    electron.screen.displays = [electron.display(1, 0), electron.display(2, 1920)];
    const { invoke } = mounted(true);
    expect(invoke(ipcChannels.displays)).toMatchObject({
      ok: true,
      value: [
        { id: 1, primary: true, label: 'Display 1 — 1920×1080 (main)' },
        { id: 2, primary: false, label: 'Display 2 — 1920×1080' },
      ],
    });
  });

  it('refuses a missing workshop id', () => {
    const { open, invoke } = mounted(true);
    expect(invoke(ipcChannels.present, 42)).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(open).not.toHaveBeenCalled();
  });
});
