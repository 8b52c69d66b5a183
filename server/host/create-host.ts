import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { ApiError, Result } from '../../shared/api/errors';
import { httpPaths } from '../../shared/api/transport';
import type { Api } from '../api/create-api';
import { contentSecurityPolicy } from '../security/content-security-policy';
import { EventStreams } from './routes/event-stream';
import {
  allowedHostNames,
  hasOneHostHeader,
  isAllowedHost,
  isAllowedOrigin,
  isJsonContentType,
} from './request-guards';
import { HOST_TIMEOUTS, type HostTimeouts } from './host-timeouts';
import { RequestsUnderWay } from './requests-under-way';
import { RATE_LIMITED_STATUS, statusForError } from './status-for-error';
import { workshopFileUploadRoute } from './routes/workshop-file-upload';
import { exportDownloadRoute } from './routes/export-download';

export interface HostOptions {
  api: Api;
  /** The built renderer: index.html and its assets. */
  staticDir: string;
  port: number;
  /** The address to listen on; 127.0.0.1 keeps the workshop on this computer. */
  address?: string;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /** Api calls one client (one IP address) may make per window; more get 429. */
  rateLimit?: RateLimit;
  /** How long clients may take; HOST_TIMEOUTS unless given (tests shorten them). */
  timeouts?: Partial<HostTimeouts>;
}

export { HOST_TIMEOUTS, type HostTimeouts } from './host-timeouts';

/** At most `max` api calls per `windowMs` milliseconds from one client. */
export interface RateLimit {
  max: number;
  windowMs: number;
}

export interface RunningHost {
  app: FastifyInstance;
  url: string;
  /**
   * Ends event streams, lets requests under way finish (up to the grace period), answering
   * any that arrive meanwhile with 503, then stops listening and cuts what is left.
   */
  close(): Promise<void>;
}

const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

/**
 * A participant's page makes a few calls a second at most (saves are debounced); 60 a
 * second for ten seconds is far beyond any person, yet stops a runaway script or a flood.
 */
const DEFAULT_RATE_LIMIT: RateLimit = { max: 600, windowMs: 10_000 };

function sendError(reply: FastifyReply, error: ApiError): FastifyReply {
  const body: Result<never> = { ok: false, error };
  return reply.code(statusForError[error.code]).send(body);
}

/** Starts the browser host: the app's pages, its api over HTTP, and server events. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const address = options.address ?? '127.0.0.1';
  const timeouts = { ...HOST_TIMEOUTS, ...options.timeouts };
  const app = Fastify({
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    logger: false,
    requestTimeout: timeouts.requestMs,
    connectionTimeout: timeouts.idleMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    http: {
      headersTimeout: timeouts.headersMs,
      connectionsCheckingInterval: timeouts.checkEveryMs,
    },
    // Closing comes after the grace period (see close()): whatever is still open then is cut.
    forceCloseConnections: true,
  });
  const streams = new EventStreams(options.api);
  // Filled in once listening, when the real port is known (port 0 picks a free one).
  let allowedHosts = new Set<string>();
  const underWay = new RequestsUnderWay();
  let stopping = false;

  app.addHook('onRequest', async (request, reply) => {
    underWay.track(reply.raw);
    if (stopping) {
      // A browser's kept-alive connection may still bring a request: it gets an answer.
      reply.header('Connection', 'close');
      return sendError(reply, {
        code: 'unavailable',
        message: 'The workshop host is stopping. Start it again to carry on.',
      });
    }
    if (!hasOneHostHeader(request.raw.rawHeaders)) {
      return sendError(reply, {
        code: 'validation',
        message: 'Send the request with one Host header.',
      });
    }
    if (!isAllowedHost(request.headers.host, allowedHosts)) {
      return sendError(reply, {
        code: 'forbidden',
        message: 'This address is not allowed. Open the workshop at the address the app printed.',
      });
    }
    reply.header('Content-Security-Policy', contentSecurityPolicy);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      if (!isAllowedOrigin(request.headers.origin, allowedHosts)) {
        return sendError(reply, {
          code: 'forbidden',
          message: 'Requests from other sites are refused.',
        });
      }
      if (!isJsonContentType(request.headers['content-type'])) {
        reply.code(415);
        return reply.send({
          ok: false,
          error: {
            code: 'validation',
            message: 'Send the request as JSON (Content-Type: application/json).',
          },
        } satisfies Result<never>);
      }
    }
    return undefined;
  });

  app.setErrorHandler(
    (error: { statusCode?: number; code?: string; message: string }, _request, reply) => {
      if (error.statusCode === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        return sendError(reply, { code: 'too-large', message: 'This request is too large.' });
      }
      if (error.statusCode === RATE_LIMITED_STATUS) {
        return sendError(reply, {
          code: 'rate-limited',
          message: 'Too many requests from this computer. Wait a few seconds and try again.',
        });
      }
      if (error.statusCode !== undefined && error.statusCode < 500) {
        const message = error.code?.startsWith('FST_ERR_CTP')
          ? 'The request body is not valid JSON.'
          : 'The request could not be understood.';
        return reply
          .code(error.statusCode)
          .send({ ok: false, error: { code: 'validation', message } });
      }
      return sendError(reply, {
        code: 'internal',
        message: 'Something went wrong. Please try again.',
      });
    },
  );

  // Only api calls are limited, per client address: the event stream is one long request,
  // and the page and its assets are few and cached.
  const limit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  await app.register(fastifyRateLimit, { global: false });

  app.post<{ Params: { command: string } }>(
    '/api/:command',
    { config: { rateLimit: { max: limit.max, timeWindow: limit.windowMs } } },
    async (request, reply) => {
      const result = await options.api.run(request.params.command, request.body);
      return result.ok ? reply.send(result) : sendError(reply, result.error);
    },
  );

  // Workshop files are larger than any command: their upload has its own route and limit.
  await app.register(workshopFileUploadRoute(options.api));
  await app.register(exportDownloadRoute(options.api));

  app.get(httpPaths.events, (_request, reply) => {
    reply.hijack();
    streams.attach(reply.raw);
  });

  await app.register(fastifyStatic, {
    root: options.staticDir,
    index: ['index.html'],
    setHeaders: (reply, filePath) => {
      // Hashed assets never change; the page itself must always be fresh.
      reply.header(
        'Cache-Control',
        filePath.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
      );
    },
  });

  // Client-side routes (/workshops/…, /present) all load the app's single page.
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return sendError(reply, { code: 'not-found', message: 'There is nothing at this address.' });
  });

  app.addHook('preClose', async () => streams.closeAll());

  await app.listen({ port: options.port, host: address });
  const bound = app.server.address();
  const port = typeof bound === 'object' && bound ? bound.port : options.port;
  allowedHosts = allowedHostNames(address, port);
  const shownAddress = address === '0.0.0.0' || address === '::' ? '127.0.0.1' : address;

  return {
    app,
    url: `http://${shownAddress}:${port}/`,
    async close() {
      stopping = true;
      streams.closeAll();
      await underWay.finished(timeouts.closeGraceMs);
      await app.close();
    },
  };
}
