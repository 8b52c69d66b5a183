import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { broadcastEvents, createSenderCheck, mountApi, type WindowLike } from '../../electron/ipc';
import type { Api } from '../../server/api/create-api';
import type { Result } from '../../shared/api/errors';
import type { ServerEvent } from '../../shared/api/events';
import { ipcChannels } from '../../shared/api/transport';

// ipc.ts needs only Electron's types; the mock guards against a runtime import creeping in.
vi.mock('electron', () => ({}));

type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

function fakeContents(): WebContents {
  return { send: vi.fn(), isDestroyed: () => false } as unknown as WebContents;
}

function fakeWindow(contents = fakeContents(), destroyed = false): WindowLike {
  return { webContents: contents, isDestroyed: () => destroyed };
}

function mounted(windows: WindowLike[]) {
  const handlers = new Map<string, InvokeHandler>();
  const ipcMain = {
    handle: (channel: string, handler: InvokeHandler) => handlers.set(channel, handler),
  };
  const okResult: Result<unknown> = { ok: true, value: [{ id: 'w1' }] };
  const call = vi.fn<Api['run']>(() => Promise.resolve(okResult));
  mountApi(
    ipcMain as unknown as IpcMain,
    { run: call },
    createSenderCheck(() => windows),
  );
  const invoke = (
    sender: WebContents,
    frame: FakeFrame | null,
    command: unknown,
    input?: unknown,
  ) => {
    const handler = handlers.get(ipcChannels.invoke);
    if (!handler) throw new Error('nothing mounted on the invoke channel');
    const event = { sender, senderFrame: frame } as unknown as IpcMainInvokeEvent;
    return handler(event, command, input);
  };
  return { call, invoke, okResult };
}

const appFrame = (): FakeFrame => ({ url: 'app://kam/', parent: null });

describe('mountApi', () => {
  it('gives a trusted sender the api result', async () => {
    const window = fakeWindow();
    const { call, invoke, okResult } = mounted([window]);
    expect(await invoke(window.webContents, appFrame(), 'workshops:list', undefined)).toEqual(
      okResult,
    );
    expect(call).toHaveBeenCalledExactlyOnceWith('workshops:list', undefined);
  });

  it('passes the input through untouched for the api to validate', () => {
    const window = fakeWindow();
    const { call, invoke } = mounted([window]);
    const input = { title: 'Q3 review' };
    invoke(window.webContents, appFrame(), 'workshops:create', input);
    expect(call).toHaveBeenCalledWith('workshops:create', input);
  });

  it('refuses IPC from a subframe', () => {
    const window = fakeWindow();
    const { call, invoke } = mounted([window]);
    const subframe: FakeFrame = { url: 'app://kam/', parent: appFrame() };
    expect(invoke(window.webContents, subframe, 'workshops:list')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(call).not.toHaveBeenCalled();
  });

  it('refuses IPC from a webContents that is not one of our windows', () => {
    const { call, invoke } = mounted([fakeWindow()]);
    expect(invoke(fakeContents(), appFrame(), 'workshops:list')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(call).not.toHaveBeenCalled();
  });

  it('refuses IPC from a window that has been destroyed', () => {
    const window = fakeWindow(fakeContents(), true);
    const { call, invoke } = mounted([window]);
    expect(invoke(window.webContents, appFrame(), 'workshops:list')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(call).not.toHaveBeenCalled();
  });

  it('refuses IPC from a page that is not on the app origin', () => {
    const window = fakeWindow();
    const { call, invoke } = mounted([window]);
    for (const url of [
      'https://example.com/',
      'file:///tmp/x.html',
      'app://evil/',
      'about:blank',
    ]) {
      const result = invoke(window.webContents, { url, parent: null }, 'workshops:list');
      expect(result, url).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(call).not.toHaveBeenCalled();
  });

  it('refuses IPC whose sender frame is already gone', () => {
    const window = fakeWindow();
    const { call, invoke } = mounted([window]);
    expect(invoke(window.webContents, null, 'workshops:list')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(call).not.toHaveBeenCalled();
  });

  it('rejects a command name that is not a string without calling the api', () => {
    const window = fakeWindow();
    const { call, invoke } = mounted([window]);
    for (const command of [42, null, undefined, { name: 'workshops:list' }]) {
      expect(invoke(window.webContents, appFrame(), command)).toMatchObject({
        ok: false,
        error: { code: 'validation' },
      });
    }
    expect(call).not.toHaveBeenCalled();
  });
});

describe('broadcastEvents', () => {
  it('sends each api event to every live window and skips destroyed ones', () => {
    let publish: ((event: ServerEvent) => void) | undefined;
    const unsubscribe = vi.fn();
    const subscribe = vi.fn<Api['subscribe']>((listener) => {
      publish = listener;
      return unsubscribe;
    });
    const live = [fakeWindow(), fakeWindow()];
    const gone = fakeWindow(fakeContents(), true);
    const stop = broadcastEvents({ subscribe }, () => [...live, gone]);

    const event: ServerEvent = { type: 'workshops-changed' };
    publish?.(event);
    for (const window of live)
      expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith(ipcChannels.event, event);
    expect(gone.webContents.send).not.toHaveBeenCalled();

    stop();
    expect(unsubscribe).toHaveBeenCalled();
  });
});
