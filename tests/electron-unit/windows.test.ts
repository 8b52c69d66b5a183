import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    readonly listeners = new Map<string, () => void>();
    readonly show = vi.fn();
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    constructor(readonly options: BrowserWindowConstructorOptions) {
      FakeBrowserWindow.created.push(this);
    }
    once(event: string, listener: () => void): this {
      this.listeners.set(event, listener);
      return this;
    }
  }
  const screen = { getPrimaryDisplay: () => ({ workAreaSize: { width: 1920, height: 1040 } }) };
  return { FakeBrowserWindow, screen };
});

vi.mock('electron', () => ({ BrowserWindow: electron.FakeBrowserWindow, screen: electron.screen }));

const { appWebPreferences, consoleWindowSize, createConsoleWindow } =
  await import('../../electron/windows');

beforeEach(() => {
  electron.FakeBrowserWindow.created.length = 0;
});

function lastWindow() {
  const window = electron.FakeBrowserWindow.created.at(-1);
  if (!window) throw new Error('no window was created');
  return window;
}

describe('appWebPreferences', () => {
  it('isolates and sandboxes the page with no Node integration anywhere', () => {
    expect(appWebPreferences('/app/out/electron')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('loads the bundled preload next to the main bundle', () => {
    expect(appWebPreferences('/app/out/electron').preload).toBe(
      join('/app/out/electron', 'preload.cjs'),
    );
  });
});

describe('createConsoleWindow', () => {
  it('uses the locked-down web preferences', () => {
    createConsoleWindow('/app/out/electron');
    expect(lastWindow().options.webPreferences).toEqual(appWebPreferences('/app/out/electron'));
  });

  it('has the product title and opens at 1280 by 800 on a main screen with room for it', () => {
    createConsoleWindow('/b');
    expect(lastWindow().options).toMatchObject({
      title: 'KAM Relationship Workshop',
      width: 1280,
      height: 800,
    });
  });

  it('loads the app origin and shows the window only when ready to show', () => {
    createConsoleWindow('/b');
    const window = lastWindow();
    expect(window.loadURL).toHaveBeenCalledWith('app://kam/');
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.listeners.get('ready-to-show')?.();
    expect(window.show).toHaveBeenCalled();
  });
});

describe('consoleWindowSize', () => {
  it('fits a 1366×768 laptop at 125 %, size and minimum, above the taskbar', () => {
    const size = consoleWindowSize({ width: 1093, height: 566 });
    expect(size.width).toBeLessThanOrEqual(1093);
    expect(size.height).toBeLessThanOrEqual(566);
    expect(size.minWidth).toBeLessThanOrEqual(size.width);
    expect(size.minHeight).toBeLessThanOrEqual(size.height);
  });

  it('keeps a minimum of 640 by 480 where the screen allows it, and never more than the screen', () => {
    expect(consoleWindowSize({ width: 2560, height: 1400 })).toEqual({
      width: 1280,
      height: 800,
      minWidth: 640,
      minHeight: 480,
    });
    expect(consoleWindowSize({ width: 600, height: 400 })).toEqual({
      width: 600,
      height: 400,
      minWidth: 600,
      minHeight: 400,
    });
  });
});
