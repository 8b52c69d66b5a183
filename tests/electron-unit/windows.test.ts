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
  return { FakeBrowserWindow };
});

vi.mock('electron', () => ({ BrowserWindow: electron.FakeBrowserWindow }));

const { appWebPreferences, createConsoleWindow } = await import('../../electron/windows');

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

  it('has the product title and a minimum size of 1024 by 640', () => {
    createConsoleWindow('/b');
    expect(lastWindow().options).toMatchObject({
      title: 'KAM Relationship Workshop',
      minWidth: 1024,
      minHeight: 640,
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
