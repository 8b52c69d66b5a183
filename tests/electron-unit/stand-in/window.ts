// BrowserWindow and webContents of the stand-in: windows that load app:// pages through the
// registered protocol handler, run the real preload in them, and lose what a page never hears.
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { ElectronStandIn } from './electron-stand-in';
import { electronEvent } from './events';
import { StandInPage, type PageContents, type StandInFrame } from './page';

const destroyed = () => new TypeError('Object has been destroyed');

/** A webContents: one page at a time, replaced on every load. */
export class StandInWebContents extends EventEmitter implements PageContents {
  private static nextId = 1;
  readonly id = StandInWebContents.nextId++;
  page: StandInPage | null = null;
  /** Every app:// response a load got, in order. */
  readonly responses: { url: string; status: number }[] = [];
  windowOpenHandler: unknown = null;
  private loading = false;
  private gone = false;
  private loads = 0;

  constructor(
    private readonly standIn: ElectronStandIn,
    readonly owner: StandInBrowserWindow,
    private readonly preload: string | undefined,
  ) {
    super();
  }

  get session() {
    return this.standIn.session;
  }

  getURL(): string {
    return this.page?.url ?? '';
  }

  isLoading(): boolean {
    return this.loading;
  }

  isDestroyed(): boolean {
    return this.gone;
  }

  setWindowOpenHandler(handler: unknown): void {
    this.windowOpenHandler = handler;
  }

  /** Loads a page: the protocol handler answers, the preload runs, then the app starts listening. */
  async loadURL(url: string): Promise<void> {
    if (this.gone) throw destroyed();
    const load = ++this.loads;
    this.page?.unload();
    this.page = null;
    this.loading = true;
    this.emit('did-start-navigation', { url, isMainFrame: true, isSameDocument: false });
    this.emit('did-start-loading');
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = this.standIn.protocolHandlers.get(scheme);
    if (!handler) {
      this.loading = false;
      this.emit('did-fail-load', electronEvent(), -302, 'ERR_UNKNOWN_URL_SCHEME', url);
      throw new Error(`ERR_UNKNOWN_URL_SCHEME (-302) loading '${url}'`);
    }
    const response = await handler(new Request(url));
    if (load !== this.loads || this.gone) throw new Error(`ERR_ABORTED (-3) loading '${url}'`);
    this.responses.push({ url, status: response.status });
    const page = new StandInPage(this, url, this.preload);
    this.page = page;
    this.loading = false;
    this.emit('dom-ready', electronEvent());
    this.emit('did-finish-load', electronEvent());
    this.owner.pageLoaded();
    // The app's listener is mounted by a React effect: some time after the load, never before.
    setTimeout(() => {
      if (page.isAlive) page.listenForCommands();
    }, this.standIn.options.pageListensAfterMs ?? 20);
  }

  reload(): void {
    void this.loadURL(this.getURL());
  }

  /** Sends to the page; a message arriving while no listener is there is recorded as lost. */
  send(channel: string, ...args: unknown[]): void {
    if (this.gone) throw destroyed();
    const page = this.loading ? null : this.page;
    const copy = structuredClone(args);
    setImmediate(() => {
      if (!page || page !== this.page || !page.receive(channel, copy))
        this.standIn.lost.push({ channel, args: copy, url: page?.url ?? this.getURL() });
    });
  }

  invoke(frame: StandInFrame, channel: string, args: unknown[]): Promise<unknown> {
    return this.standIn.invoke({ sender: this, senderFrame: frame }, channel, args);
  }

  /** Electron routes the Fullscreen API through the session's permission request handler. */
  async requestFullscreen(frame: StandInFrame): Promise<void> {
    if (!(await this.standIn.session.request(this, 'fullscreen', frame)))
      throw new TypeError('Permissions check failed');
    this.owner.setFullScreen(true);
    this.emit('enter-html-full-screen');
  }

  focus(): void {
    this.owner.focus();
  }

  destroy(): void {
    this.gone = true;
    this.page?.unload();
    this.page = null;
    this.emit('destroyed');
  }
}

/** A native window; closing it may quit the app, as in Electron. */
export class StandInBrowserWindow extends EventEmitter {
  private static nextId = 1;
  readonly id = StandInBrowserWindow.nextId++;
  readonly webContents: StandInWebContents;
  private bounds: Rectangle;
  private fullScreen: boolean;
  private visible: boolean;
  private minimized = false;
  private gone = false;
  private shownOnce = false;

  constructor(
    private readonly standIn: ElectronStandIn,
    readonly options: BrowserWindowConstructorOptions,
  ) {
    super();
    standIn.requireReady('new BrowserWindow()');
    if (standIn.options.windowFailure) throw standIn.options.windowFailure;
    const workArea = standIn.primaryDisplay().workArea;
    const width = options.width ?? 800;
    const height = options.height ?? 600;
    this.bounds = {
      x: options.x ?? workArea.x + Math.round((workArea.width - width) / 2),
      y: options.y ?? workArea.y + Math.round((workArea.height - height) / 2),
      width,
      height,
    };
    this.fullScreen = options.fullscreen === true;
    this.visible = options.show !== false;
    this.webContents = new StandInWebContents(standIn, this, options.webPreferences?.preload);
    standIn.windows.push(this);
    standIn.app.emit('web-contents-created', electronEvent(), this.webContents);
    if (this.visible) this.focus();
  }

  loadURL(url: string): Promise<void> {
    this.check();
    return this.webContents.loadURL(url);
  }

  /** Called when a page has loaded: the first one makes the window ready to show. */
  pageLoaded(): void {
    if (this.shownOnce) return;
    this.shownOnce = true;
    this.emit('ready-to-show');
  }

  show(): void {
    this.check();
    this.visible = true;
    this.focus();
  }

  isVisible(): boolean {
    this.check();
    return this.visible;
  }

  focus(): void {
    this.check();
    this.standIn.focused = this;
    this.emit('focus');
  }

  isFocused(): boolean {
    return this.standIn.focused === this;
  }

  isMinimized(): boolean {
    this.check();
    return this.minimized;
  }

  minimize(): void {
    this.check();
    this.minimized = true;
  }

  restore(): void {
    this.check();
    this.minimized = false;
  }

  setFullScreen(flag: boolean): void {
    this.check();
    this.fullScreen = flag;
  }

  isFullScreen(): boolean {
    this.check();
    return this.fullScreen;
  }

  setBounds(bounds: Partial<Rectangle>): void {
    this.check();
    this.bounds = { ...this.bounds, ...bounds };
  }

  getBounds(): Rectangle {
    this.check();
    return this.fullScreen ? this.standIn.displayMatching(this.bounds).bounds : { ...this.bounds };
  }

  isDestroyed(): boolean {
    return this.gone;
  }

  /** Closes as the user's close button does: when the last window goes, the app reacts. */
  close(): void {
    this.check();
    if (!this.closeNow()) return;
    this.standIn.lastWindowClosed();
  }

  /** Closes unless a 'close' listener prevents it; false when it stayed open. */
  closeNow(): boolean {
    const event = electronEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    this.destroy();
    return true;
  }

  destroy(): void {
    if (this.gone) return;
    this.gone = true;
    this.standIn.windows.splice(this.standIn.windows.indexOf(this), 1);
    if (this.standIn.focused === this) this.standIn.focused = null;
    this.webContents.destroy();
    this.emit('closed');
  }

  private check(): void {
    if (this.gone) throw destroyed();
  }
}
