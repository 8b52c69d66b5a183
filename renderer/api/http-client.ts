import { ServerEvent } from '../../shared/api/events';
import { httpPaths } from '../../shared/api/transport';
import { unavailable, type ApiClient } from './api-client';
import { checkResult } from './check-result';
import { createEventStream } from './event-stream';

const KEEPALIVE_LIMIT = 60_000;

const HOST_DOWN =
  'The workshop host cannot be reached. Check that it is still running, then try again.';

/** The browser transport: commands as JSON POSTs, events as server-sent events. */
export function createHttpClient(): ApiClient {
  const stream = createEventStream<ServerEvent>({
    url: httpPaths.events,
    parse(data) {
      try {
        const parsed = ServerEvent.safeParse(JSON.parse(data));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    // Whatever was missed, every window reloads what it shows.
    resync: { type: 'workshops-changed' },
  });

  return {
    async call(name, input) {
      let response: Response;
      try {
        const body = JSON.stringify(input);
        response = await fetch(httpPaths.command(name), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
          // Lets a save sent as the tab closes still arrive; browsers cap such bodies at 64 KB.
          keepalive: body.length < KEEPALIVE_LIMIT,
        });
      } catch {
        return unavailable(HOST_DOWN);
      }
      try {
        // Non-2xx answers still carry a Result body, so the status alone is not an error.
        return checkResult(name, await response.json());
      } catch {
        return unavailable(`The workshop host answered with an error (${response.status}).`);
      }
    },
    subscribe: stream.subscribe,
  };
}
