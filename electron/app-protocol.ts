import type { Protocol } from 'electron';
import { createAppFileHandler } from './app-files';
import { appScheme } from './app-origin';

/**
 * Gives app:// the standing of https (a real origin, secure context, fetch) so the
 * renderer needs no file:// access. Must run before the app is ready.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer (index.html and assets) on app://kam/. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(appScheme, createAppFileHandler(rendererDir));
}
