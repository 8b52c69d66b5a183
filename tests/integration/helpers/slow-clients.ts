import { connect, type Socket } from 'node:net';

/**
 * Hostile or stalled HTTP clients on loopback, as raw sockets: each resolves `closed` (with
 * what the host sent, if anything) once the host has closed the connection.
 */
export interface SlowClient {
  socket: Socket;
  /** Everything the host sent until it closed the connection. */
  closed: Promise<string>;
  stop(): void;
}

function open(url: string, localAddress?: string): { socket: Socket; closed: Promise<string> } {
  const { hostname, port } = new URL(url);
  const socket = connect({ port: Number(port), host: hostname, localAddress });
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (received += chunk));
  socket.on('error', () => undefined);
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(received)));
  return { socket, closed };
}

function head(url: string, lines: string[]): string {
  const { host } = new URL(url);
  return [`POST /api/answers:save HTTP/1.1`, `Host: ${host}`, ...lines, '', ''].join('\r\n');
}

/** Sends `start` at once, then `next(n)` every `everyMs`, never anything that ends it. */
function trickle(url: string, start: string, next: (n: number) => string, everyMs: number) {
  const { socket, closed } = open(url);
  socket.write(start);
  let n = 0;
  const timer = setInterval(() => socket.writable && socket.write(next(n++)), everyMs);
  void closed.then(() => clearInterval(timer));
  return { socket, closed, stop: () => (clearInterval(timer), socket.destroy()) };
}

/** Sends its headers, then one byte of a long body every `everyMs`: never finishing. */
export function slowBodyClient(url: string, everyMs = 200): SlowClient {
  const start = head(url, ['Content-Type: application/json', 'Content-Length: 100000']);
  return trickle(url, start, () => ' ', everyMs);
}

/** A chunked POST whose body never ends: a chunk now and then, never the last one. */
export function endlessChunkedClient(url: string, everyMs = 200): SlowClient {
  const start = head(url, ['Content-Type: application/json', 'Transfer-Encoding: chunked']);
  return trickle(url, start, () => '1\r\n \r\n', everyMs);
}

/** Sends the start of its headers, a header line now and then, never the blank line. */
export function slowHeadersClient(url: string, everyMs = 200): SlowClient {
  const start = `GET / HTTP/1.1\r\nHost: ${new URL(url).host}\r\n`;
  return trickle(url, start, (n) => `X-Slow-${n}: 1\r\n`, everyMs);
}

/** Connects and sends nothing at all. */
export function silentClient(url: string): SlowClient {
  const { socket, closed } = open(url);
  return { socket, closed, stop: () => socket.destroy() };
}

/**
 * A kept-alive connection, as a browser holds one between requests: `send` writes a whole
 * request on it and resolves with the raw response text (or the error if the host reset it).
 */
export function keptAliveConnection(url: string) {
  const { socket, closed } = open(url);
  const { host } = new URL(url);
  let buffer = '';
  let waiting: ((text: string) => void) | null = null;
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    const end = buffer.indexOf('\r\n\r\n');
    const length = /content-length: (\d+)/i.exec(buffer)?.[1];
    if (end >= 0 && length !== undefined && buffer.length >= end + 4 + Number(length)) {
      const response = buffer.slice(0, end + 4 + Number(length));
      buffer = buffer.slice(response.length);
      waiting?.(response);
      waiting = null;
    }
  });
  return {
    closed,
    send(command: string, body: unknown): Promise<string> {
      const text = JSON.stringify(body);
      return new Promise((resolve) => {
        waiting = resolve;
        socket.once('error', (error) => resolve(`error: ${error.message}`));
        void closed.then(() => resolve(`closed: ${buffer}`));
        socket.write(
          `POST /api/${command} HTTP/1.1\r\nHost: ${host}\r\nConnection: keep-alive\r\n` +
            `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`,
        );
      });
    },
  };
}
