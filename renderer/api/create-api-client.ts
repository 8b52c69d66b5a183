import type { ApiClient } from './api-client';
import { createHttpClient } from './http-client';
import { createIpcClient } from './ipc-client';

/** Picks the transport once at start: the desktop bridge when present, else HTTP. */
export function createApiClient(): ApiClient {
  return window.kam ? createIpcClient(window.kam) : createHttpClient();
}
