// A recording stand-in for the `electron` module, for running the built main bundle under
// plain Node. It keeps Electron's rules where the app relies on them: what may only happen
// before or after `ready`, one handler per IPC channel, structured-clone IPC, dialogs
// parented to live windows, messages to a page that is not listening are lost.
import { EventEmitter } from 'node:events';
import type { MenuItemConstructorOptions, Rectangle } from 'electron';
import { StandInApp, type QuitReason } from './app';
import type { StandInFrame } from './page';
import { StandInBrowserWindow, type StandInWebContents } from './window';

export interface DisplaySpec {
  id: number;
  bounds: Rectangle;
  /** The bounds minus the taskbar or dock; the bounds when absent. */
  workArea?: Rectangle;
  label?: string;
}

export interface StandInOptions {
  platform: 'darwin' | 'win32' | 'linux';
  /** The displays, the primary first; one 1920×1080 screen when absent. */
  displays?: DisplaySpec[];
  /** How long after a page has loaded the app starts listening for commands (default 20 ms). */
  pageListensAfterMs?: number;
  /** False when another instance already holds the lock. */
  singleInstanceLock?: boolean;
  /** Makes `new BrowserWindow()` throw, as a broken GPU or display server can. */
  windowFailure?: Error;
}

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;
type ProtocolHandler = (request: Request) => Promise<Response>;
type PermissionRequestHandler = (
  contents: StandInWebContents,
  permission: string,
  callback: (granted: boolean) => void,
  details: { isMainFrame: boolean; requestingUrl: string },
) => void;

/** A native dialog the app showed, and the window it was parented to. */
export interface DialogShown {
  kind: 'save' | 'open' | 'message' | 'error';
  parent: StandInBrowserWindow | null;
  options: Record<string, unknown>;
}

/** The session every window shares, with the handlers the app installed on it. */
export class StandInSession {
  requestHandler: PermissionRequestHandler | null = null;
  checkHandler: unknown = null;
  deviceHandler: unknown = null;
  displayMediaHandler: unknown = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: unknown): void {
    this.checkHandler = handler;
  }
  setDevicePermissionHandler(handler: unknown): void {
    this.deviceHandler = handler;
  }
  setDisplayMediaRequestHandler(handler: unknown): void {
    this.displayMediaHandler = handler;
  }

  /** A page asks for a permission; with no handler installed Electron grants everything. */
  request(contents: StandInWebContents, permission: string, frame: StandInFrame): Promise<boolean> {
    const handler = this.requestHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) =>
      handler(contents, permission, resolve, {
        isMainFrame: frame.parent === null,
        requestingUrl: frame.url,
      }),
    );
  }
}

function display(spec: DisplaySpec) {
  const workArea = spec.workArea ?? spec.bounds;
  return {
    id: spec.id,
    label: spec.label ?? '',
    bounds: spec.bounds,
    workArea,
    size: { width: spec.bounds.width, height: spec.bounds.height },
    workAreaSize: { width: workArea.width, height: workArea.height },
    scaleFactor: 1,
    rotation: 0,
    internal: false,
    touchSupport: 'unknown',
  };
}

/** Electron's BrowserWindow class, bound to this stand-in, with its static look-ups. */
function browserWindowClass(standIn: ElectronStandIn) {
  return class BrowserWindow extends StandInBrowserWindow {
    constructor(options: ConstructorParameters<typeof StandInBrowserWindow>[1]) {
      super(standIn, options);
    }
    static getAllWindows = () => [...standIn.windows];
    static getFocusedWindow = () => standIn.focused;
    static fromWebContents = (contents: unknown) =>
      standIn.windows.find((window) => window.webContents === contents) ?? null;
  };
}

export class ElectronStandIn {
  isReady = false;
  readonly app: StandInApp;
  readonly session = new StandInSession();
  readonly windows: StandInBrowserWindow[] = [];
  focused: StandInBrowserWindow | null = null;
  readonly ipcHandlers = new Map<string, InvokeHandler>();
  readonly protocolHandlers = new Map<string, ProtocolHandler>();
  readonly privilegedSchemes: unknown[] = [];
  readonly dialogs: DialogShown[] = [];
  /** What the next save and open dialogs answer: a path, or null for Cancel. */
  readonly answers = { save: [] as (string | null)[], open: [] as (string[] | null)[] };
  /** Messages sent to a page that was not there or not listening. */
  readonly lost: { channel: string; args: unknown[]; url: string }[] = [];
  /** Electron calls the app made at a time Electron refuses them. */
  readonly violations: string[] = [];
  readonly quitsCancelled: QuitReason[] = [];
  applicationMenu: MenuItemConstructorOptions[] | null = null;
  appUserModelId: string | null = null;
  /** Set when the process has ended, with its exit code. */
  exitCode: number | null = null;
  private readonly displays: ReturnType<typeof display>[];

  constructor(readonly options: StandInOptions) {
    this.app = new StandInApp(this);
    this.displays = (
      options.displays ?? [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }]
    ).map(display);
  }

  /** The `electron` module as the main bundle requires it. */
  module(): Record<string, unknown> {
    return {
      app: this.app,
      BrowserWindow: browserWindowClass(this),
      session: Object.defineProperty({}, 'defaultSession', {
        get: () => {
          this.requireReady('session.defaultSession');
          return this.session;
        },
      }),
      screen: this.screen(),
      protocol: this.protocol(),
      ipcMain: {
        handle: (channel: string, handler: InvokeHandler) => {
          if (this.ipcHandlers.has(channel))
            this.refuse(`Attempted to register a second handler for '${channel}'`);
          this.ipcHandlers.set(channel, handler);
        },
        removeHandler: (channel: string) => this.ipcHandlers.delete(channel),
      },
      dialog: this.dialog(),
      Menu: {
        buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
        setApplicationMenu: (menu: { template: MenuItemConstructorOptions[] } | null) => {
          this.applicationMenu = menu?.template ?? null;
        },
      },
    };
  }

  /** Throws (and records) what Electron would refuse before the app is ready. */
  requireReady(what: string): void {
    if (!this.isReady) this.refuse(`${what} cannot be used before the app is ready`);
  }

  primaryDisplay() {
    const [primary] = this.displays;
    if (!primary) throw new Error('the stand-in has no display');
    return primary;
  }

  /** The display a rectangle lies on most. */
  displayMatching(rect: Rectangle) {
    const overlap = (d: ReturnType<typeof display>) =>
      Math.max(
        0,
        Math.min(rect.x + rect.width, d.bounds.x + d.bounds.width) - Math.max(rect.x, d.bounds.x),
      ) *
      Math.max(
        0,
        Math.min(rect.y + rect.height, d.bounds.y + d.bounds.height) - Math.max(rect.y, d.bounds.y),
      );
    return [...this.displays].sort((a, b) => overlap(b) - overlap(a))[0] ?? this.primaryDisplay();
  }

  /** An invoke from a page's frame reaching the handler the main process mounted. */
  async invoke(
    from: { sender: StandInWebContents; senderFrame: StandInFrame },
    channel: string,
    args: unknown[],
  ): Promise<unknown> {
    const handler = this.ipcHandlers.get(channel);
    if (!handler)
      throw new Error(
        `Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`,
      );
    try {
      return structuredClone(
        await handler({ ...from, processId: 1, frameId: 1 }, ...structuredClone(args)),
      );
    } catch (error) {
      throw new Error(`Error invoking remote method '${channel}': ${String(error)}`, {
        cause: error,
      });
    }
  }

  /** The last window closed by the user: Electron emits window-all-closed, or quits if unheard. */
  lastWindowClosed(): void {
    if (this.windows.length > 0 || this.app.quitting) return;
    if (this.app.listenerCount('window-all-closed') > 0) this.app.emit('window-all-closed');
    else this.app.quit();
  }

  end(code: number): void {
    this.exitCode ??= code;
    this.app.releaseSingleInstanceLock();
  }

  private refuse(message: string): never {
    this.violations.push(message);
    throw new Error(message);
  }

  private screen() {
    return Object.assign(new EventEmitter(), {
      getAllDisplays: () => {
        this.requireReady('screen');
        return [...this.displays];
      },
      getPrimaryDisplay: () => {
        this.requireReady('screen');
        return this.primaryDisplay();
      },
      getDisplayMatching: (rect: Rectangle) => {
        this.requireReady('screen');
        return this.displayMatching(rect);
      },
    });
  }

  private protocol() {
    return {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        if (this.isReady)
          this.refuse(
            'protocol.registerSchemesAsPrivileged must be called before the app is ready',
          );
        this.privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: ProtocolHandler) => {
        this.requireReady('protocol.handle');
        if (this.protocolHandlers.has(scheme))
          this.refuse(`The scheme "${scheme}" is already handled`);
        this.protocolHandlers.set(scheme, handler);
      },
    };
  }

  private dialog() {
    /** Electron's dialogs take an optional parent window first. */
    const shown = (kind: DialogShown['kind'], args: unknown[]) => {
      this.requireReady(`dialog (${kind})`);
      const [first, second] = args;
      const parent = first instanceof StandInBrowserWindow ? first : null;
      if (parent?.isDestroyed()) this.refuse('Object has been destroyed');
      const options = (parent ? second : first) as Record<string, unknown>;
      this.dialogs.push({ kind, parent, options });
    };
    return {
      showSaveDialog: async (...args: unknown[]) => {
        shown('save', args);
        const answer = this.answers.save.shift();
        if (answer === undefined) throw new Error('The test gave no answer for this save dialog');
        return answer === null
          ? { canceled: true, filePath: '' }
          : { canceled: false, filePath: answer };
      },
      showOpenDialog: async (...args: unknown[]) => {
        shown('open', args);
        const answer = this.answers.open.shift();
        if (answer === undefined) throw new Error('The test gave no answer for this open dialog');
        return answer === null
          ? { canceled: true, filePaths: [] }
          : { canceled: false, filePaths: answer };
      },
      showMessageBox: async (...args: unknown[]) => {
        shown('message', args);
        return { response: 0, checkboxChecked: false };
      },
      // The one dialog Electron allows before ready.
      showErrorBox: (title: string, content: string) => {
        this.dialogs.push({ kind: 'error', parent: null, options: { title, content } });
      },
    };
  }
}
