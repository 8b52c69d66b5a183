import {
  openEventSource,
  type Connection,
  type ConnectionHandlers,
  type EventSourceFactory,
} from './event-source-connection';
import { shareConnection, type TabSharing } from './tab-shared-connection';

/** Server events for the page: one connection, opened for the first listener, closed after the last. */
export interface EventStream<E> {
  subscribe(listener: (event: E) => void): () => void;
}

/** When the page is left, put in the back/forward cache or frozen, and when it comes back. */
export interface PageLifecycle {
  onLeave(callback: () => void): void;
  onReturn(callback: () => void): void;
}

/** What the stream needs of the browser; tests pass stand-ins. */
export interface StreamPlatform {
  createSource: EventSourceFactory;
  /** Null where tabs cannot share (no Web Locks outside a secure context): a connection per page. */
  sharing: TabSharing | null;
  lifecycle: PageLifecycle;
}

export interface EventStreamOptions<E> {
  url: string;
  /** The event in one message's text, or null for one this page cannot read. */
  parse(data: string): E | null;
  /**
   * Heard whenever the stream opens, first or again (a reconnection, a new tab taking over, a
   * page coming back): events sent before then were not heard.
   */
  resync: E;
}

/**
 * Server-sent events shared by every tab and window of this browser showing the app, so the
 * presenter, the console and any number of pages hold one of the browser's six connections
 * to the host between them. A page that is left or frozen lets go of it at once.
 */
export function createEventStream<E>(
  { url, parse, resync }: EventStreamOptions<E>,
  platform: StreamPlatform = browserPlatform(),
): EventStream<E> {
  const listeners = new Set<(event: E) => void>();
  let connection: Connection | null = null;
  let away = false;

  const emit = (event: E) => listeners.forEach((listener) => listener(event));
  const handlers: ConnectionHandlers = {
    onData(data) {
      const event = parse(data);
      if (event) emit(event);
    },
    onOpen() {
      emit(resync);
    },
  };
  const open = (h: ConnectionHandlers) => openEventSource(url, h, platform.createSource);
  const connect = () => {
    connection = platform.sharing
      ? shareConnection(`kam-events ${url}`, open, handlers, platform.sharing)
      : open(handlers);
  };
  const disconnect = () => {
    connection?.close();
    connection = null;
  };

  platform.lifecycle.onLeave(() => {
    if (!connection) return;
    disconnect();
    away = true;
  });
  platform.lifecycle.onReturn(() => {
    if (!away) return;
    away = false;
    if (listeners.size === 0) return;
    connect();
    emit(resync);
  });

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!connection && !away) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) disconnect();
      };
    },
  };
}

/** This browser: its EventSource, Web Locks and BroadcastChannel where it has them, its page events. */
export function browserPlatform(): StreamPlatform {
  // navigator.locks exists only in a secure context: 127.0.0.1 is one, a LAN address is not.
  // Where it is missing, each tab keeps its own stream, as before.
  // eslint-disable-next-line no-restricted-syntax -- read only to see whether it is there
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  const sharing: TabSharing | null =
    locks && typeof BroadcastChannel === 'function'
      ? { locks, openChannel: (name) => new BroadcastChannel(name) }
      : null;
  return {
    createSource: (url) => new EventSource(url),
    sharing,
    lifecycle: {
      onLeave(callback) {
        window.addEventListener('pagehide', callback);
        document.addEventListener('freeze', callback);
      },
      onReturn(callback) {
        window.addEventListener('pageshow', callback);
        document.addEventListener('resume', callback);
      },
    },
  };
}
