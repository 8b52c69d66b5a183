import type { CommandName } from '../../shared/api/contract';
import { ServerEvent } from '../../shared/api/events';
import type { KamBridge } from '../../shared/api/transport';
import { unavailable, type ApiClient } from './api-client';
import { checkResult } from './check-result';

/** The desktop transport: commands and events through the preload's bridge. */
export function createIpcClient(bridge: KamBridge): ApiClient {
  return {
    async call(name, input) {
      try {
        return checkResult(name, await bridge.invoke(name satisfies CommandName, input));
      } catch {
        return unavailable('The app could not reach its data. Please restart it.');
      }
    },
    subscribe(listener) {
      return bridge.onEvent((raw) => {
        const parsed = ServerEvent.safeParse(raw);
        if (parsed.success) listener(parsed.data);
      });
    },
  };
}
