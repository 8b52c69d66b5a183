import { z } from 'zod';
import type { Connection, ConnectionHandlers } from './event-source-connection';

/** What the tab holding the connection passes to the other tabs. */
const TabMessage = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('event'), data: z.string() }),
  /** The connection was (re)opened: events sent before it may have been missed. */
  z.strictObject({ kind: z.literal('resync') }),
]);
type TabMessage = z.infer<typeof TabMessage>;

/** The part of a BroadcastChannel used here. */
export interface ChannelLike {
  onmessage: ((event: MessageEvent) => unknown) | null;
  postMessage(message: TabMessage): void;
  close(): void;
}

/** What tabs of one browser need to share a connection: Web Locks and BroadcastChannel. */
export interface TabSharing {
  locks: Pick<LockManager, 'request'>;
  openChannel(name: string): ChannelLike;
}

/**
 * Joins the tabs of this browser that share one connection. The tab holding the lock named
 * `name` opens the connection and passes what it hears to the others; when it leaves (closed,
 * navigated, frozen), the next tab in the lock's queue opens its own and everyone resyncs.
 * Browsers allow only six connections to one host, so one per tab would soon starve a page.
 */
export function shareConnection(
  name: string,
  open: (handlers: ConnectionHandlers) => Connection,
  handlers: ConnectionHandlers,
  sharing: TabSharing,
): Connection {
  const channel = sharing.openChannel(name);
  const queued = new AbortController();
  let stopLeading: (() => void) | null = null;
  let left = false;

  channel.onmessage = (message) => {
    const parsed = TabMessage.safeParse(message.data);
    if (!parsed.success) return;
    if (parsed.data.kind === 'event') handlers.onData(parsed.data.data);
    else handlers.onOpen();
  };

  /** Holds the connection until this tab leaves; the lock is held as long as this promise. */
  const lead = () =>
    new Promise<void>((release) => {
      if (left) return release();
      const connection = open({
        onData(data) {
          handlers.onData(data);
          channel.postMessage({ kind: 'event', data });
        },
        onOpen() {
          // Every tab missed what was sent before this connection opened: while the first
          // pages loaded, while the last leader was going, or while the host was away.
          channel.postMessage({ kind: 'resync' });
          handlers.onOpen();
        },
      });
      stopLeading = () => {
        connection.close();
        release();
      };
    });

  // Leading at once when nobody does; otherwise waiting in the queue to take over.
  sharing.locks
    .request(name, { ifAvailable: true }, async (lock) => {
      if (lock) await lead();
      return lock !== null;
    })
    .then((led) => {
      if (led || left) return undefined;
      return sharing.locks.request(name, { signal: queued.signal }, () => lead());
    })
    // Leaving while still queued aborts the request: nothing more to do.
    .catch(() => undefined);

  return {
    close() {
      left = true;
      queued.abort();
      stopLeading?.();
      channel.close();
    },
  };
}
