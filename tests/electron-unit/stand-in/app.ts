// Electron's `app` in the stand-in: readiness, the single-instance lock, paths, and quitting
// in Electron's order (before-quit, every window's close, will-quit, quit).
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElectronStandIn } from './electron-stand-in';
import { electronEvent, nextTurn } from './events';

/** Why the app is asked to quit: by itself or the user, or by the OS logging the user out. */
export type QuitReason = 'quit' | 'logout';

export class StandInApp extends EventEmitter {
  readonly isPackaged = false;
  quitting = false;
  private lockHeld = false;
  private readonly paths = new Map<string, string>();
  private readonly ready: Promise<void>;
  private resolveReady: () => void = () => undefined;

  constructor(private readonly standIn: ElectronStandIn) {
    super();
    this.ready = new Promise((resolve) => {
      this.resolveReady = resolve;
    });
    const home = mkdtempSync(join(tmpdir(), 'kam-stand-in-home-'));
    for (const name of ['home', 'appData', 'temp', 'documents', 'downloads', 'desktop'])
      this.paths.set(name, home);
    this.paths.set('userData', join(home, 'KAM Relationship Workshop'));
  }

  /** Emits ready and resolves whenReady(), as Electron does once it has started. */
  becomeReady(): void {
    this.emit('ready', electronEvent(), {});
    this.resolveReady();
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  isReady(): boolean {
    return this.standIn.isReady;
  }

  requestSingleInstanceLock(): boolean {
    this.lockHeld = this.standIn.options.singleInstanceLock ?? true;
    return this.lockHeld;
  }

  hasSingleInstanceLock(): boolean {
    return this.lockHeld;
  }

  releaseSingleInstanceLock(): void {
    this.lockHeld = false;
  }

  getPath(name: string): string {
    const path = this.paths.get(name);
    if (path === undefined) throw new Error(`Failed to get '${name}' path`);
    return path;
  }

  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }

  getName(): string {
    return 'KAM Relationship Workshop';
  }

  getVersion(): string {
    return '0.1.0';
  }

  setAppUserModelId(id: string): void {
    this.standIn.appUserModelId = id;
  }

  focus(): void {}

  quit(): void {
    void this.runQuit('quit');
  }

  /** Ends the process at once: no events, no windows closed. */
  exit(code = 0): void {
    this.standIn.end(code);
  }

  /** Electron's quit: each step may be prevented, which cancels the quit (and a logout). */
  async runQuit(reason: QuitReason): Promise<void> {
    if (this.quitting || this.standIn.exitCode !== null) return;
    const cancelled = () => {
      this.quitting = false;
      this.standIn.quitsCancelled.push(reason);
    };
    const beforeQuit = electronEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return cancelled();
    this.quitting = true;
    for (const window of [...this.standIn.windows]) if (!window.closeNow()) return cancelled();
    await nextTurn();
    const willQuit = electronEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return cancelled();
    this.emit('quit', electronEvent(), 0);
    this.standIn.end(0);
  }
}
