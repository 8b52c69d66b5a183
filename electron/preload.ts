// Sandboxed preload: bundled to one CommonJS file that requires nothing but electron.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Result } from '../shared/api/errors';
import { ipcChannels, type KamBridge } from '../shared/api/transport';

/** The whole surface the page gets as window.kam: two functions, never ipcRenderer itself. */
const bridge = {
  invoke: (command: string, input: unknown) =>
    ipcRenderer.invoke(ipcChannels.invoke, command, input) as Promise<Result<unknown>>,
  onEvent: (listener: (event: unknown) => void) => {
    // The IpcRendererEvent carries `sender` (ipcRenderer); only the payload may reach the page.
    const relay = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(ipcChannels.event, relay);
    return () => {
      ipcRenderer.removeListener(ipcChannels.event, relay);
    };
  },
} satisfies KamBridge;

contextBridge.exposeInMainWorld('kam', bridge);
