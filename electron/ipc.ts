import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { Api } from '../server/api/create-api';
import { ipcChannels } from '../shared/api/transport';
import type { Result } from '../shared/api/errors';
import { isAppUrl } from './app-origin';

/** Decides whether an invoke may reach the api at all. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/** What the shell needs of a window: its contents, and whether it is still there. */
export interface WindowLike {
  readonly webContents: WebContents;
  isDestroyed(): boolean;
}

/**
 * Trusts only the top-level frame of one of our own windows while it shows our origin:
 * an iframe, a stray webContents or a page that navigated elsewhere cannot call the api.
 */
export function createSenderCheck(getWindows: () => readonly WindowLike[]): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (frame === null || frame.parent !== null) return false;
    if (
      !getWindows().some((window) => !window.isDestroyed() && window.webContents === event.sender)
    )
      return false;
    return isAppUrl(frame.url);
  };
}

const forbidden: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This window may not use the workshop api.' },
};

/** Mounts the api on the one invoke channel; every call passes the sender check first and gets a Result back. */
export function mountApi(
  ipcMain: Pick<IpcMain, 'handle'>,
  api: Pick<Api, 'run'>,
  isTrustedSender: SenderCheck,
): void {
  ipcMain.handle(ipcChannels.invoke, (event, command: unknown, input: unknown) => {
    if (!isTrustedSender(event)) return forbidden;
    if (typeof command !== 'string') {
      return {
        ok: false,
        error: { code: 'validation', message: 'The command name must be a string.' },
      };
    }
    return api.run(command, input);
  });
}

/** Sends every api event to every live window; returns a function that stops it. */
export function broadcastEvents(
  api: Pick<Api, 'subscribe'>,
  getWindows: () => readonly WindowLike[],
): () => void {
  return api.subscribe((event) => {
    for (const window of getWindows()) {
      if (window.isDestroyed() || window.webContents.isDestroyed()) continue;
      window.webContents.send(ipcChannels.event, event);
    }
  });
}
