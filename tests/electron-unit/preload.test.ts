import type { IpcRendererEvent } from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { KamBridge } from '../../shared/api/transport';
import { bridgeMethodNames, ipcChannels } from '../../shared/api/transport';

type Relay = (event: IpcRendererEvent, payload: unknown) => void;

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  return {
    exposed,
    listeners,
    contextBridge: {
      exposeInMainWorld: vi.fn((key: string, api: unknown) => exposed.set(key, api)),
    },
    ipcRenderer: {
      invoke: vi.fn(async () => ({ ok: true, value: 'pong' })),
      on: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) => {
        const set = listeners.get(channel) ?? new Set();
        set.add(listener);
        listeners.set(channel, set);
      }),
      removeListener: vi.fn(
        (channel: string, listener: (event: unknown, payload: unknown) => void) => {
          listeners.get(channel)?.delete(listener);
        },
      ),
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: electron.contextBridge,
  ipcRenderer: electron.ipcRenderer,
}));

let bridge: KamBridge;
let exposeCalls = 0;

beforeAll(async () => {
  await import('../../electron/preload');
  // Counted here: mock call history does not survive into the tests.
  exposeCalls = electron.contextBridge.exposeInMainWorld.mock.calls.length;
  bridge = electron.exposed.get('kam') as KamBridge;
});

function emit(payload: unknown): void {
  const fakeEvent = { sender: electron.ipcRenderer } as unknown as IpcRendererEvent;
  for (const listener of electron.listeners.get(ipcChannels.event) ?? [])
    (listener as Relay)(fakeEvent, payload);
}

describe('preload bridge', () => {
  it('exposes exactly the bridge methods as window.kam, never ipcRenderer', () => {
    expect(exposeCalls).toBe(1);
    expect([...electron.exposed.keys()]).toEqual(['kam']);
    expect(Object.keys(bridge).sort()).toEqual(bridgeMethodNames);
    expect(Object.values(bridge)).not.toContain(electron.ipcRenderer);
  });

  it('forwards invoke to the invoke channel and returns its result', async () => {
    const input = { id: 'w1' };
    await expect(bridge.invoke('workshops:get', input)).resolves.toEqual({
      ok: true,
      value: 'pong',
    });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(
      ipcChannels.invoke,
      'workshops:get',
      input,
    );
  });

  it('passes only the event payload to listeners, never the IpcRendererEvent', () => {
    const listener = vi.fn();
    const stop = bridge.onEvent(listener);
    emit({ type: 'workshops-changed' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ type: 'workshops-changed' });
    stop();
  });

  it('stops delivering events after unsubscribe', () => {
    const listener = vi.fn();
    const stop = bridge.onEvent(listener);
    stop();
    emit({ type: 'workshops-changed' });
    expect(listener).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(
      ipcChannels.event,
      expect.any(Function),
    );
  });
});
