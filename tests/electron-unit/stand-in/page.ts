// A page in a stand-in window: the real preload bundle runs in it, with a recording
// ipcRenderer and contextBridge, and a test drives it as the renderer would.
import type { KamBridge } from '../../../shared/api/transport';
import { runBundle } from './run-bundle';

/** A frame as the main process sees it in an IPC event (Electron's WebFrameMain, in part). */
export interface StandInFrame {
  readonly url: string;
  readonly parent: StandInFrame | null;
}

/** What a page needs of the webContents that shows it. */
export interface PageContents {
  emit(event: string, ...args: unknown[]): boolean;
  invoke(frame: StandInFrame, channel: string, args: unknown[]): Promise<unknown>;
  requestFullscreen(frame: StandInFrame): Promise<void>;
}

/** The page's top frame: its URL follows the page's client-side navigation. */
class TopFrame implements StandInFrame {
  readonly parent = null;
  constructor(private readonly urlOf: () => string) {}
  get url(): string {
    return this.urlOf();
  }
}

type RendererListener = (event: unknown, ...args: unknown[]) => void;

/** One loaded document: it lives until its webContents navigates away or is destroyed. */
export class StandInPage {
  /** The page's window as far as the app uses it: what the preload exposed on it. */
  readonly window: { kam?: KamBridge } = {};
  /** Every command the app's listener received, in order. */
  readonly commands: unknown[] = [];
  /** Every server event the page received. */
  readonly events: unknown[] = [];
  readonly mainFrame: StandInFrame;
  private readonly listeners = new Map<string, Set<RendererListener>>();
  private alive = true;
  private currentUrl: string;

  constructor(
    private readonly contents: PageContents,
    url: string,
    preload: string | undefined,
  ) {
    this.currentUrl = url;
    this.mainFrame = new TopFrame(() => this.currentUrl);
    if (preload) this.runPreload(preload);
    // The app's api client subscribes to events as the page starts, before anything renders.
    this.window.kam?.onEvent((event) => this.events.push(event));
  }

  get url(): string {
    return this.currentUrl;
  }

  get isAlive(): boolean {
    return this.alive;
  }

  /** Subscribes to the app's commands as the renderer does once it has rendered. */
  listenForCommands(): void {
    this.window.kam?.onAppCommand?.((command) => this.commands.push(command));
  }

  /** A client-side navigation (history.pushState): same document, new address. */
  navigateInPage(path: string): void {
    this.currentUrl = new URL(path, this.currentUrl).toString();
    this.contents.emit('did-start-navigation', {
      url: this.currentUrl,
      isMainFrame: true,
      isSameDocument: true,
    });
  }

  /** `document.documentElement.requestFullscreen()` from the top frame. */
  requestFullscreen(): Promise<void> {
    return this.contents.requestFullscreen(this.mainFrame);
  }

  /** A child frame of this page (an iframe) at `url`, calling IPC as if it could. */
  subframe(url: string): { invoke(channel: string, ...args: unknown[]): Promise<unknown> } {
    const frame: StandInFrame = { url, parent: this.mainFrame };
    return { invoke: (channel, ...args) => this.contents.invoke(frame, channel, args) };
  }

  /** Delivers a message sent by the main process; false when nobody on the page listened. */
  receive(channel: string, args: unknown[]): boolean {
    const listeners = this.listeners.get(channel);
    if (!this.alive || !listeners?.size) return false;
    for (const listener of [...listeners]) listener({ sender: null }, ...structuredClone(args));
    return true;
  }

  /** The document is gone: its listeners with it. */
  unload(): void {
    this.alive = false;
    this.listeners.clear();
  }

  private runPreload(file: string): void {
    const ipcRenderer = {
      invoke: (channel: string, ...args: unknown[]) =>
        this.contents.invoke(this.mainFrame, channel, args),
      on: (channel: string, listener: RendererListener) => {
        const listeners = this.listeners.get(channel) ?? new Set();
        listeners.add(listener);
        this.listeners.set(channel, listeners);
        return ipcRenderer;
      },
      removeListener: (channel: string, listener: RendererListener) => {
        this.listeners.get(channel)?.delete(listener);
        return ipcRenderer;
      },
    };
    const contextBridge = {
      exposeInMainWorld: (key: string, api: unknown) => {
        if (key in this.window)
          throw new Error(`Cannot bind an API on top of an existing property`);
        Object.assign(this.window, { [key]: api });
      },
    };
    runBundle(file, {
      // A sandboxed preload can require electron and a few polyfills, never node_modules.
      module: (id) => {
        if (id === 'electron') return { contextBridge, ipcRenderer };
        throw new Error(`module not found: ${id}`);
      },
      process,
      console,
    });
  }
}
