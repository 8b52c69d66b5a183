import { EventEmitter } from 'node:events';
import type { App, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenAllWebContents, hardenSession, hardenWebContents } from '../../electron/security';

// security.ts needs only Electron's types; the mock guards against a runtime import creeping in.
vi.mock('electron', () => ({}));

type RequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];
type WindowOpenHandler = Parameters<WebContents['setWindowOpenHandler']>[0];

function fakeSession() {
  const handlers: { request?: RequestHandler; check?: CheckHandler } = {};
  const session = {
    setPermissionRequestHandler: (handler: RequestHandler) => {
      handlers.request = handler;
    },
    setPermissionCheckHandler: (handler: CheckHandler) => {
      handlers.check = handler;
    },
    // Device and screen-capture denial is tested in security-settings.test.ts.
    setDevicePermissionHandler: () => undefined,
    setDisplayMediaRequestHandler: () => undefined,
  };
  return { session, handlers };
}

class FakeContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | undefined;
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
}

function hardened(): FakeContents {
  const contents = new FakeContents();
  hardenWebContents(contents as unknown as WebContents);
  return contents;
}

function navigate(
  contents: FakeContents,
  eventName: 'will-navigate' | 'will-redirect',
  url: string,
): boolean {
  const event = { url, preventDefault: vi.fn() };
  contents.emit(eventName, event, url);
  return event.preventDefault.mock.calls.length > 0;
}

const anyContents = {} as WebContents;

describe('hardenSession', () => {
  it('denies every permission request', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'unknown',
    ] as const) {
      const callback = vi.fn();
      handlers.request?.(anyContents, permission, callback, {
        isMainFrame: true,
        requestingUrl: 'app://kam/',
      });
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  it('answers every permission check with false', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'fullscreen'] as const) {
      const allowed = handlers.check?.(anyContents, permission, 'app://kam', {
        isMainFrame: true,
        requestingUrl: 'app://kam/',
        embeddingOrigin: 'app://kam',
        securityOrigin: 'app://kam',
      });
      expect(allowed, permission).toBe(false);
    }
  });
});

describe('hardenWebContents', () => {
  it('denies every window.open', () => {
    const contents = hardened();
    const answer = contents.windowOpenHandler?.({
      url: 'app://kam/present',
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: '', policy: 'default' },
    });
    expect(answer).toEqual({ action: 'deny' });
  });

  it('prevents navigation to a foreign URL', () => {
    const contents = hardened();
    expect(navigate(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://evil/')).toBe(true);
  });

  it('allows navigation within the app origin', () => {
    const contents = hardened();
    expect(navigate(contents, 'will-navigate', 'app://kam/workshops/abc')).toBe(false);
  });

  it('prevents a redirect to a foreign URL and allows one within the app', () => {
    const contents = hardened();
    expect(navigate(contents, 'will-redirect', 'http://127.0.0.1:9999/')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'app://kam/')).toBe(false);
  });

  it('prevents attaching a webview', () => {
    const contents = hardened();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('hardenAllWebContents', () => {
  it('hardens every webContents the app creates', () => {
    const app = new EventEmitter();
    hardenAllWebContents(app as unknown as App);
    const contents = new FakeContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler).toBeDefined();
    expect(navigate(contents, 'will-navigate', 'https://example.com/')).toBe(true);
  });
});
