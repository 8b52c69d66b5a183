// Sandboxed preload: bundled to one CommonJS file that requires nothing but electron.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Result } from '../shared/api/errors';
import {
  ipcChannels,
  type DisplayInfo,
  type KamBridge,
  type OpenedWorkshopFile,
} from '../shared/api/transport';

/** The whole surface the page gets as window.kam: a few functions, never ipcRenderer itself. */
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
  present: (workshopId: string, displayId?: number) =>
    ipcRenderer.invoke(ipcChannels.present, workshopId, displayId) as Promise<Result<null>>,
  listDisplays: () => ipcRenderer.invoke(ipcChannels.displays) as Promise<Result<DisplayInfo[]>>,
  exportWorkshopFile: (workshopId: string, options?: { clientSafe?: boolean }) =>
    ipcRenderer.invoke(ipcChannels.exportWorkshopFile, workshopId, options) as Promise<
      Result<{ path: string } | null>
    >,
  importWorkshopFile: () =>
    ipcRenderer.invoke(ipcChannels.importWorkshopFile) as Promise<
      Result<OpenedWorkshopFile | null>
    >,
  saveExport: (jobId: string) =>
    ipcRenderer.invoke(ipcChannels.saveExport, jobId) as Promise<Result<{ path: string } | null>>,
  onAppCommand: (listener: (command: unknown) => void) => {
    const relay = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(ipcChannels.appCommand, relay);
    // The handshake, once the listener is in place: what waited for the page comes now.
    void ipcRenderer.invoke(ipcChannels.appCommandsReady);
    return () => {
      ipcRenderer.removeListener(ipcChannels.appCommand, relay);
    };
  },
} satisfies KamBridge;

contextBridge.exposeInMainWorld('kam', bridge);
