// The desktop shell as main.ts wires it, with Electron faked: every window it can create and
// the session they share must be locked down. The pieces have their own unit tests; this one
// proves the wiring, and enumerates window factories so that a new window is covered too.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type {
  BrowserWindowConstructorOptions,
  IpcMainInvokeEvent,
  Session,
  WebPreferences,
} from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isAppUrl } from '../../electron/app-origin';
import { contentSecurityPolicy } from '../../server/security/content-security-policy';
import { ipcChannels } from '../../shared/api/transport';

type RequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];
type DeviceHandler = Parameters<Session['setDevicePermissionHandler']>[0];
type DisplayMediaHandler = Parameters<Session['setDisplayMediaRequestHandler']>[0];
type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
type ProtocolHandler = (request: Request) => Promise<Response>;

const fake = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dataDir = mkdtempSync(join(tmpdir(), 'kam-security-settings-'));

  class FakeWebContents extends EventEmitter {
    windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
      this.windowOpenHandler = handler;
    }
    isDestroyed(): boolean {
      return false;
    }
    send(): void {}
  }

  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getPath: () => dataDir,
    setPath: vi.fn(),
    quit: vi.fn(),
    getName: () => 'KAM Relationship Workshop',
    getVersion: () => '0.1.0',
  });

  class FakeBrowserWindow extends EventEmitter {
    static readonly all: FakeBrowserWindow[] = [];
    static getAllWindows(): FakeBrowserWindow[] {
      return FakeBrowserWindow.all;
    }
    static getFocusedWindow(): FakeBrowserWindow | null {
      return FakeBrowserWindow.all[0] ?? null;
    }
    readonly webContents = new FakeWebContents();
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      FakeBrowserWindow.all.push(this);
      // As in Electron: every new webContents is announced to the app.
      app.emit('web-contents-created', {}, this.webContents);
    }
    isDestroyed(): boolean {
      return false;
    }
    show(): void {}
    focus(): void {}
  }

  // A laptop and a projector, so the presenter goes full screen on the second.
  const display = (id: number, x: number) => ({
    id,
    label: '',
    size: { width: 1920, height: 1080 },
    bounds: { x, y: 0, width: 1920, height: 1080 },
    workAreaSize: { width: 1920, height: 1040 },
  });
  const screen = Object.assign(new EventEmitter(), {
    getAllDisplays: () => [display(1, 0), display(2, 1920)],
    getPrimaryDisplay: () => display(1, 0),
  });

  const session = {
    request: undefined as RequestHandler | undefined,
    check: undefined as CheckHandler | undefined,
    device: undefined as DeviceHandler | undefined,
    displayMedia: undefined as DisplayMediaHandler | undefined,
    setPermissionRequestHandler(handler: RequestHandler) {
      session.request = handler;
    },
    setPermissionCheckHandler(handler: CheckHandler) {
      session.check = handler;
    },
    setDevicePermissionHandler(handler: DeviceHandler) {
      session.device = handler;
    },
    setDisplayMediaRequestHandler(handler: DisplayMediaHandler) {
      session.displayMedia = handler;
    },
  };

  return {
    dataDir,
    app,
    session,
    screen,
    FakeBrowserWindow,
    FakeWebContents,
    ipcHandlers: new Map<string, InvokeHandler>(),
    protocolHandlers: new Map<string, ProtocolHandler>(),
    privilegedSchemes: [] as unknown[],
  };
});

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.FakeBrowserWindow,
  session: { defaultSession: fake.session },
  screen: fake.screen,
  ipcMain: {
    handle: (channel: string, handler: InvokeHandler) => fake.ipcHandlers.set(channel, handler),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privilegedSchemes.push(...schemes),
    handle: (scheme: string, handler: ProtocolHandler) =>
      fake.protocolHandlers.set(scheme, handler),
  },
  dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn() },
  Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() },
}));

type FakeWindow = InstanceType<typeof fake.FakeBrowserWindow>;

const lockedDown: WebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
};

const electronDir = join(import.meta.dirname, '../../electron');

/** The files of electron/ that construct a window, read from the source so none is missed. */
function windowModules(): string[] {
  return readdirSync(electronDir).filter(
    (name) =>
      name.endsWith('.ts') &&
      readFileSync(join(electronDir, name), 'utf8').includes('new BrowserWindow('),
  );
}

/** Creates every window each such module can: each export named create…Window, called with a bundle dir only. */
async function createEveryWindow(): Promise<Map<string, FakeWindow[]>> {
  const byModule = new Map<string, FakeWindow[]>();
  for (const name of windowModules()) {
    const module = (await import(join(electronDir, name))) as Record<string, unknown>;
    const before = fake.FakeBrowserWindow.all.length;
    for (const [exported, value] of Object.entries(module)) {
      if (/^create\w*Window$/.test(exported) && typeof value === 'function')
        value('/app/out/electron');
    }
    byModule.set(name, fake.FakeBrowserWindow.all.slice(before));
  }
  return byModule;
}

function consoleWindow(): FakeWindow {
  const window = fake.FakeBrowserWindow.all[0];
  if (!window) throw new Error('main.ts opened no window');
  return window;
}

function ipcInvoke(
  sender: unknown,
  frame: { url: string; parent: unknown } | null,
  channel: string = ipcChannels.invoke,
  ...args: unknown[]
) {
  const handler = fake.ipcHandlers.get(channel);
  if (!handler) throw new Error(`main.ts mounted nothing on ${channel}`);
  const event = { sender, senderFrame: frame } as unknown as IpcMainInvokeEvent;
  return channel === ipcChannels.invoke
    ? handler(event, 'workshops:list', {})
    : handler(event, ...args);
}

beforeAll(async () => {
  await import('../../electron/main');
  await vi.waitFor(() => expect(fake.FakeBrowserWindow.all).toHaveLength(1));
});

afterAll(() => {
  // Quit as Electron does once every window has closed: the app closes its database then.
  fake.app.emit('will-quit', { preventDefault: vi.fn() });
  rmSync(fake.dataDir, { recursive: true, force: true });
});

describe('every window the app creates', () => {
  it('is isolated, sandboxed and without Node in the page, its workers or its subframes', async () => {
    const windows = [consoleWindow(), ...[...(await createEveryWindow()).values()].flat()];
    for (const window of windows) {
      const preferences: WebPreferences = window.options.webPreferences ?? {};
      expect(preferences, window.options.title).toMatchObject(lockedDown);
      expect(preferences.experimentalFeatures, window.options.title).not.toBe(true);
      expect(preferences.enableBlinkFeatures, window.options.title).toBeUndefined();
      // Another partition would be a session that hardenSession never saw.
      expect(preferences.partition, window.options.title).toBeUndefined();
      expect(preferences.session, window.options.title).toBeUndefined();
    }
  });

  it('loads only pages of the app origin', async () => {
    const windows = [consoleWindow(), ...[...(await createEveryWindow()).values()].flat()];
    for (const window of windows) {
      for (const [url] of window.loadURL.mock.calls) expect(isAppUrl(url), url).toBe(true);
    }
  });

  it('is made by a create…Window factory, so the tests above reach it', async () => {
    const source = (name: string) => readFileSync(join(electronDir, name), 'utf8');
    for (const [name, windows] of await createEveryWindow()) {
      const constructed = source(name).split('new BrowserWindow(').length - 1;
      expect(windows.length, `${name} builds ${constructed} windows`).toBeGreaterThanOrEqual(
        constructed,
      );
    }
    // Views bring their own webContents and preferences: extend this test before adding one.
    for (const name of readdirSync(electronDir))
      expect(source(name), name).not.toMatch(/new (BrowserView|WebContentsView)\(/);
  });

  it('denies window.open and navigation away from the app, and refuses webviews', () => {
    for (const window of fake.FakeBrowserWindow.all) {
      const contents = window.webContents;
      expect(contents.windowOpenHandler?.({ url: 'app://kam/present' })).toEqual({
        action: 'deny',
      });
      for (const eventName of ['will-navigate', 'will-redirect']) {
        const event = { url: 'https://example.com/', preventDefault: vi.fn() };
        contents.emit(eventName, event);
        expect(event.preventDefault, eventName).toHaveBeenCalled();
      }
      const attach = { preventDefault: vi.fn() };
      contents.emit('will-attach-webview', attach, {}, {});
      expect(attach.preventDefault).toHaveBeenCalled();
    }
  });

  it('has a stray webContents hardened the same way, one the app never asked for', () => {
    const stray = new fake.FakeWebContents();
    fake.app.emit('web-contents-created', {}, stray);
    expect(stray.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});

describe('the session all windows share', () => {
  it('denies every permission request and check but full screen', () => {
    const contents = consoleWindow().webContents as unknown as Electron.WebContents;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal'] as const) {
      const callback = vi.fn();
      fake.session.request?.(contents, permission, callback, {
        isMainFrame: true,
        requestingUrl: 'app://kam/',
      });
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
      const details = {
        isMainFrame: true,
        requestingUrl: 'app://kam/',
        embeddingOrigin: 'app://kam',
        securityOrigin: 'app://kam',
      };
      expect(fake.session.check?.(contents, permission, 'app://kam', details)).toBe(false);
    }
  });

  it('denies every USB, HID and serial device', () => {
    for (const deviceType of ['usb', 'hid', 'serial'] as const) {
      const details = {
        deviceType,
        origin: 'app://kam',
        device: {},
      } as unknown as Electron.DevicePermissionHandlerHandlerDetails;
      expect(fake.session.device?.(details), deviceType).toBe(false);
    }
  });

  it('refuses screen capture', () => {
    const callback = vi.fn();
    fake.session.displayMedia?.(
      {} as unknown as Electron.DisplayMediaRequestHandlerHandlerRequest,
      callback,
    );
    expect(callback).toHaveBeenCalledExactlyOnceWith(null);
  });
});

describe('the app protocol', () => {
  it('is registered as a secure standard scheme before the app is ready', () => {
    expect(fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('answers with the content security policy and never serves a file outside the renderer', async () => {
    const serve = fake.protocolHandlers.get('app');
    if (!serve) throw new Error('main.ts did not serve the app scheme');
    for (const url of [
      'app://kam/',
      'app://kam/..%2fpackage.json',
      'app://kam/%2e%2e/package.json',
      'app://kam/..%5c..%5cpackage.json',
      'app://kam/%252e%252e/package.json',
    ]) {
      const response = await serve(new Request(url));
      expect(response.headers.get('Content-Security-Policy'), url).toBe(contentSecurityPolicy);
      expect(await response.text(), url).not.toContain('"name": "kam-relationship-workshop"');
    }
  });
});

describe('IPC into the api', () => {
  const top = { url: 'app://kam/', parent: null };

  it('answers the top frame of an app window', async () => {
    expect(await ipcInvoke(consoleWindow().webContents, top)).toMatchObject({ ok: true });
  });

  it('opens the presenter for an app window, locked down and on the app origin', () => {
    const count = fake.FakeBrowserWindow.all.length;
    const opened = ipcInvoke(consoleWindow().webContents, top, ipcChannels.present, 'w1');
    expect(opened).toEqual({ ok: true, value: null });
    const presenter = fake.FakeBrowserWindow.all[count];
    expect(presenter?.options.webPreferences).toMatchObject(lockedDown);
    expect(presenter?.loadURL).toHaveBeenCalledWith('app://kam/workshops/w1/present');
  });

  it('refuses the presenter and the display list to a subframe or another webContents', () => {
    const count = fake.FakeBrowserWindow.all.length;
    const subframe = { url: 'app://kam/', parent: top };
    for (const channel of [ipcChannels.present, ipcChannels.displays]) {
      for (const [sender, frame] of [
        [consoleWindow().webContents, subframe],
        [new fake.FakeWebContents(), top],
      ] as const) {
        expect(ipcInvoke(sender, frame, channel, 'w1'), channel).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        });
      }
    }
    expect(fake.FakeBrowserWindow.all).toHaveLength(count);
  });

  it('refuses a subframe, another webContents and a page off the app origin', () => {
    const window = consoleWindow();
    for (const [sender, frame] of [
      [window.webContents, { url: 'app://kam/', parent: top }],
      [new fake.FakeWebContents(), top],
      [window.webContents, { url: 'https://example.com/', parent: null }],
    ] as const) {
      expect(ipcInvoke(sender, frame)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});
