import type { OpenedWorkshopFile } from './app-command';
import type { Result } from './errors';

// Types only: the sandboxed preload imports this file, and must not bundle zod.
export type { AppCommand, OpenedWorkshopFile } from './app-command';

/**
 * What the desktop preload exposes as `window.kam`: one call for commands and one
 * subscription for server events — never Electron's ipcRenderer itself.
 */
export interface KamBridge {
  invoke(command: string, input: unknown): Promise<Result<unknown>>;
  /** Listens for server events; returns a function that stops listening. */
  onEvent(listener: (event: unknown) => void): () => void;
  /** Desktop only: opens a workshop's presenter window, on the given display if any. */
  present?(workshopId: string, displayId?: number): Promise<Result<null>>;
  /** Desktop only: the displays a presenter window can open on. */
  listDisplays?(): Promise<Result<DisplayInfo[]>>;
  /**
   * Desktop only: asks where to save the workshop's file (client-safe when asked) and writes
   * it; null if cancelled.
   */
  exportWorkshopFile?(
    workshopId: string,
    options?: { clientSafe?: boolean },
  ): Promise<Result<{ path: string } | null>>;
  /** Desktop only: asks for a workshop file and reads it (size checked first); null if cancelled. */
  importWorkshopFile?(): Promise<Result<OpenedWorkshopFile | null>>;
  /** Desktop only: asks where to save a finished PDF export and writes it; null if cancelled. */
  saveExport?(jobId: string): Promise<Result<{ path: string } | null>>;
  /**
   * Desktop only: listens for what the menu or the OS asks the page to do (an AppCommand).
   * Subscribing tells the main process the page listens: commands that waited for it (a file
   * opened with the app at launch) are sent then.
   */
  onAppCommand?(listener: (command: unknown) => void): () => void;
}

/** Every method of the bridge once; the compiler checks the list against KamBridge. */
const bridgeMethods: Record<keyof KamBridge, true> = {
  exportWorkshopFile: true,
  importWorkshopFile: true,
  invoke: true,
  listDisplays: true,
  onAppCommand: true,
  onEvent: true,
  present: true,
  saveExport: true,
};

/** The names the desktop's window.kam exposes, sorted: nothing more, nothing less. */
export const bridgeMethodNames = Object.keys(bridgeMethods).sort();

/** A screen the presenter can be shown on. */
export interface DisplayInfo {
  id: number;
  label: string;
  width: number;
  height: number;
  primary: boolean;
}

/** IPC channel names, shared by preload and main so they cannot drift apart. */
export const ipcChannels = {
  invoke: 'kam:invoke',
  event: 'kam:event',
  present: 'kam:present',
  displays: 'kam:displays',
  exportWorkshopFile: 'kam:export-workshop-file',
  importWorkshopFile: 'kam:import-workshop-file',
  appCommand: 'kam:app-command',
  /** The page's handshake: it listens for app commands now. */
  appCommandsReady: 'kam:app-commands-ready',
  saveExport: 'kam:save-export',
} as const;

/** HTTP paths of the browser host. */
export const httpPaths = {
  /** POST with the command's input as the JSON body; answers with a Result. */
  command: (name: string) => `/api/${encodeURIComponent(name)}`,
  /** Server-sent events: one `data:` line of JSON per ServerEvent. */
  events: '/api/events',
  /** POST a workshop file's bytes (up to 20 MB) to import it; `?onConflict=copy|replace`. */
  importWorkshopFile: '/api/upload/workshop-file',
  /** GET a finished PDF export as an attachment. */
  exportFile: (jobId: string) => `/api/exports/${jobId}/file`,
} as const;
