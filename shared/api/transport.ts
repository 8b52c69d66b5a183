import type { Result } from './errors';

/**
 * What the desktop preload exposes as `window.kam`: one call for commands and one
 * subscription for server events — never Electron's ipcRenderer itself.
 */
export interface KamBridge {
  invoke(command: string, input: unknown): Promise<Result<unknown>>;
  /** Listens for server events; returns a function that stops listening. */
  onEvent(listener: (event: unknown) => void): () => void;
}

/** IPC channel names, shared by preload and main so they cannot drift apart. */
export const ipcChannels = { invoke: 'kam:invoke', event: 'kam:event' } as const;

/** HTTP paths of the browser host. */
export const httpPaths = {
  /** POST with the command's input as the JSON body; answers with a Result. */
  command: (name: string) => `/api/${encodeURIComponent(name)}`,
  /** Server-sent events: one `data:` line of JSON per ServerEvent. */
  events: '/api/events',
} as const;
