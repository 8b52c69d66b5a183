import type { ServerResponse } from 'node:http';
import type { ServerEvent } from '../../../shared/api/events';
import type { Api } from '../../api/create-api';

/** Keeps idle proxies and browsers from dropping the stream. */
const HEARTBEAT_MS = 20_000;

/** The open server-sent-event streams, so that shutdown can end them. */
export class EventStreams {
  private readonly open = new Set<ServerResponse>();

  constructor(private readonly api: Api) {}

  /** Turns a response into an event stream that receives every server event. */
  attach(response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    // retry: how soon the browser reconnects after the host restarts.
    response.write('retry: 1000\n\n');
    const send = (event: ServerEvent) => response.write(`data: ${JSON.stringify(event)}\n\n`);
    const unsubscribe = this.api.subscribe(send);
    const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), HEARTBEAT_MS);
    this.open.add(response);
    response.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      this.open.delete(response);
    });
  }

  closeAll(): void {
    for (const response of this.open) response.end();
  }
}
