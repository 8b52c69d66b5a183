const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 10_000;

/** The part of the browser's EventSource this module uses; tests pass a stand-in. */
export interface EventSourceLike {
  readonly readyState: number;
  onopen: ((this: never, event: Event) => unknown) | null;
  onmessage: ((this: never, event: MessageEvent<string>) => unknown) | null;
  onerror: ((this: never, event: Event) => unknown) | null;
  close(): void;
}

export type EventSourceFactory = (url: string) => EventSourceLike;

/** What a connection tells whoever opened it. */
export interface ConnectionHandlers {
  /** The text of one server-sent event. */
  onData(data: string): void;
  /**
   * The connection opened, first or again: what was sent before it (while the page loaded,
   * or while it was down) was not heard.
   */
  onOpen(): void;
}

/** An open connection; closing it stops any retry too. */
export interface Connection {
  close(): void;
}

/** EventSource.CLOSED, spelt out so that no global is needed where there is no EventSource. */
const CLOSED = 2;

/**
 * Opens server-sent events that come back after the host restarts. EventSource retries by
 * itself only while the response looked right; once it gives up (CLOSED) we reopen it with
 * a growing delay.
 */
export function openEventSource(
  url: string,
  handlers: ConnectionHandlers,
  create: EventSourceFactory,
): Connection {
  let source: EventSourceLike | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let delay = FIRST_DELAY_MS;
  let closed = false;

  function open() {
    const current = create(url);
    source = current;
    current.onopen = () => {
      delay = FIRST_DELAY_MS;
      handlers.onOpen();
    };
    current.onmessage = (message) => handlers.onData(message.data);
    current.onerror = () => {
      if (current.readyState !== CLOSED || closed) return;
      current.close();
      retryTimer = setTimeout(open, delay);
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    };
  }

  open();
  return {
    close() {
      closed = true;
      clearTimeout(retryTimer);
      source?.close();
      source = null;
    },
  };
}
