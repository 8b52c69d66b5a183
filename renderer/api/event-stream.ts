import type { ServerEvent } from '../../shared/api/events';

const MAX_DELAY_MS = 10_000;

/** A shared EventSource, opened for the first listener and closed after the last. */
export interface EventStream {
  subscribe(listener: (event: ServerEvent) => void): () => void;
}

/**
 * Opens server-sent events that come back after the host restarts. EventSource retries
 * by itself only while the response looked right; once it gives up (CLOSED) we reopen
 * it with a growing delay. After any reconnection the listeners hear a
 * `workshops-changed`, because events sent while we were away are lost.
 */
export function createEventStream(
  url: string,
  parse: (data: string) => ServerEvent | null,
): EventStream {
  const listeners = new Set<(event: ServerEvent) => void>();
  let source: EventSource | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let delay = 500;
  let lostConnection = false;

  const emit = (event: ServerEvent) => listeners.forEach((listener) => listener(event));

  function open() {
    const current = new EventSource(url);
    source = current;
    current.onopen = () => {
      delay = 500;
      if (lostConnection) emit({ type: 'workshops-changed' });
      lostConnection = false;
    };
    current.onmessage = (message: MessageEvent<string>) => {
      const event = parse(message.data);
      if (event) emit(event);
    };
    current.onerror = () => {
      lostConnection = true;
      if (current.readyState !== EventSource.CLOSED) return;
      current.close();
      retryTimer = setTimeout(open, delay);
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    };
  }

  function close() {
    clearTimeout(retryTimer);
    source?.close();
    source = null;
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!source) open();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) close();
      };
    },
  };
}
