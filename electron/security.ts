import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './app-origin';

/**
 * Denies every permission (camera, microphone, location, notifications, ...), every
 * device (USB, HID, serial) and every screen capture: the workshop needs none, and a
 * request would only ever come from content gone wrong. The one exception is full screen
 * for the app's own top frame: Electron routes the Fullscreen API (the presenter's F key)
 * through the permission request handler.
 */
export function hardenSession(
  session: Pick<
    Session,
    | 'setPermissionRequestHandler'
    | 'setPermissionCheckHandler'
    | 'setDevicePermissionHandler'
    | 'setDisplayMediaRequestHandler'
  >,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permission === 'fullscreen' && details.isMainFrame && isAppUrl(details.requestingUrl)),
  );
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Without a handler Electron refuses getDisplayMedia anyway; an explicit one keeps it so.
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}

type NavigationEvent = { url: string; preventDefault(): void };

/** Keeps a webContents on our origin: no new windows, no foreign navigation, no <webview>. */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayOnOrigin = (event: NavigationEvent) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnOrigin);
  contents.on('will-redirect', stayOnOrigin);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applies hardenWebContents to every webContents the app ever creates, including ones we did not ask for. */
export function hardenAllWebContents(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
