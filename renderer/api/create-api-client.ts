import type { ApiClient } from './api-client';
import { desktopBridge } from './desktop-bridge';
import { createHttpClient } from './http-client';
import { createIpcClient } from './ipc-client';

/** Picks the transport once at start: the desktop bridge when present, else HTTP. */
export function createApiClient(): ApiClient {
  const bridge = desktopBridge();
  return bridge ? createIpcClient(bridge) : createHttpClient();
}
