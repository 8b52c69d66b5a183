/**
 * The room's own listener on the local network: the learner page, joining, and the learner
 * api — nothing else. The trainer's api stays on 127.0.0.1 and IPC; no trainer command has a
 * route here.
 */
import type { ServerResponse } from 'node:http';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyReply } from 'fastify';
import type { ApiError, Result } from '../../../shared/api/errors';
import {
  JoinRequest,
  LEARNER_EVENTS,
  LobbyRequest,
  roomPaths,
} from '../../../shared/room/learner-api';
import { contentSecurityPolicy } from '../../security/content-security-policy';
import { isAllowedOrigin, isJsonContentType } from '../request-guards';
import { statusForError } from '../status-for-error';
import { deviceLabel } from './device-label';
import type { Learner } from './learners';
import { WindowLimiter } from './window-limiter';

/** A learner's largest request: a contact map of the most people and links a map may hold. */
export const ROOM_BODY_LIMIT = 1024 * 1024;

/** Wrong room codes one address may send in a minute before it must wait. */
export const WRONG_CODES_PER_MINUTE = 5;

/** Joins and lobby looks one address may make in a minute: enough for a class behind one NAT. */
const ENTRIES_PER_MINUTE = 60;

/**
 * Requests one learner's device may make in 30 s: saves come a few a second at most while
 * typing (they are debounced), so this stops only a runaway or hostile script.
 */
export const LEARNER_REQUESTS_PER_30S = 300;

/** What the listener asks of its room. */
export interface RoomGate {
  code(): string;
  lobby(): unknown;
  /** Joins a learner; an ApiError when the name or participant cannot join. */
  join(request: JoinRequest, device: string): { token: string; participantId: string } | ApiError;
  learner(authorization: string | undefined): Learner | null;
  run(learner: Learner, command: string, input: unknown): Result<unknown>;
  stream(learner: Learner, response: ServerResponse): void;
}

export interface RoomListener {
  port: number;
  close(): Promise<void>;
}

function sendError(reply: FastifyReply, error: ApiError): FastifyReply {
  const body: Result<never> = { ok: false, error };
  return reply.code(statusForError[error.code]).send(body);
}

const wrongCode: ApiError = {
  code: 'forbidden',
  message: 'That is not the code of this room. Check the code on the projector.',
};

/** Starts the room's listener on one address and port of this computer. */
export async function startRoomListener(options: {
  address: string;
  port: number;
  /** The built learner page: index.html and its assets. */
  pageDir: string;
  gate: RoomGate;
}): Promise<RoomListener> {
  const { gate } = options;
  const app = Fastify({
    bodyLimit: ROOM_BODY_LIMIT,
    logger: false,
    forceCloseConnections: true,
  });
  const wrongCodes = new WindowLimiter(WRONG_CODES_PER_MINUTE, 60_000);
  const entries = new WindowLimiter(ENTRIES_PER_MINUTE, 60_000);
  const requests = new WindowLimiter(LEARNER_REQUESTS_PER_30S, 30_000);
  let allowedHosts = new Set<string>();

  const tooMany = (reply: FastifyReply, limiter: WindowLimiter, key: string, message: string) =>
    sendError(reply.header('Retry-After', limiter.retryAfterSeconds(key)), {
      code: 'rate-limited',
      message,
    });

  app.addHook('onRequest', async (request, reply) => {
    // Only the addresses the room advertises: a rebound DNS name pointing here is refused.
    if (!allowedHosts.has((request.headers.host ?? '').toLowerCase())) {
      return sendError(reply, {
        code: 'forbidden',
        message: 'Open the room at the address on the projector.',
      });
    }
    reply.header('Content-Security-Policy', contentSecurityPolicy);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Cache-Control', 'no-store');
    if (request.method === 'GET' || request.method === 'HEAD') return undefined;
    if (!isAllowedOrigin(request.headers.origin, allowedHosts)) {
      return sendError(reply, {
        code: 'forbidden',
        message: 'Requests from other sites are refused.',
      });
    }
    if (!isJsonContentType(request.headers['content-type'])) {
      return reply.code(415).send({
        ok: false,
        error: { code: 'validation', message: 'Send the request as JSON.' },
      } satisfies Result<never>);
    }
    return undefined;
  });

  app.setErrorHandler((error: { statusCode?: number; code?: string }, _request, reply) => {
    if (error.statusCode === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return sendError(reply, { code: 'too-large', message: 'This request is too large.' });
    if (error.statusCode !== undefined && error.statusCode < 500)
      return sendError(reply, {
        code: 'validation',
        message: 'The request could not be understood.',
      });
    return sendError(reply, {
      code: 'internal',
      message: 'Something went wrong. Please try again.',
    });
  });

  /** Lobby and join: a wrong code counts against the address; too many and it must wait. */
  const withCode = <T>(
    ip: string,
    reply: FastifyReply,
    parsed: { success: true; data: T & { code: string } } | { success: false },
    then: (data: T) => FastifyReply,
  ) => {
    if (wrongCodes.isSpent(ip))
      return tooMany(reply, wrongCodes, ip, 'Too many wrong codes. Wait a minute, then try again.');
    if (!entries.hit(ip))
      return tooMany(reply, entries, ip, 'Too many tries from this device. Wait a minute.');
    if (!parsed.success) {
      return sendError(reply, {
        code: 'validation',
        message: 'Type the room code shown on the projector.',
      });
    }
    if (parsed.data.code !== gate.code()) {
      wrongCodes.hit(ip);
      return sendError(reply, wrongCode);
    }
    return then(parsed.data);
  };

  app.post(roomPaths.lobby, async (request, reply) =>
    withCode(request.ip, reply, LobbyRequest.safeParse(request.body), () =>
      reply.send({ ok: true, value: gate.lobby() }),
    ),
  );

  app.post(roomPaths.join, async (request, reply) =>
    withCode(request.ip, reply, JoinRequest.safeParse(request.body), (join) => {
      const joined = gate.join(join, deviceLabel(request.headers['user-agent']));
      return 'token' in joined ? reply.send({ ok: true, value: joined }) : sendError(reply, joined);
    }),
  );

  app.post<{ Params: { command: string } }>('/room/api/:command', async (request, reply) => {
    const learner = gate.learner(request.headers.authorization);
    if (!learner) {
      return sendError(reply, {
        code: 'unauthorized',
        message: 'Your place in the room has ended. Join again with the room code.',
      });
    }
    if (!requests.hit(learner.token))
      return tooMany(reply, requests, learner.token, 'Too many requests. Wait a few seconds.');
    if (request.params.command === LEARNER_EVENTS) {
      reply.hijack();
      gate.stream(learner, reply.raw);
      return reply;
    }
    const result = gate.run(learner, request.params.command, request.body);
    return result.ok ? reply.send(result) : sendError(reply, result.error);
  });

  // Typing the short address leads to the page.
  app.get('/', (_request, reply) => reply.redirect(roomPaths.page));
  app.get('/room', (_request, reply) => reply.redirect(roomPaths.page));

  await app.register(fastifyStatic, {
    root: options.pageDir,
    prefix: roomPaths.page,
    index: ['index.html'],
    // The build writes a gzipped copy of each file: a phone that accepts it is sent that.
    preCompressed: true,
    setHeaders: (response, filePath) => {
      // Hashed assets never change; the page itself is always asked for afresh.
      response.header(
        'Cache-Control',
        filePath.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
      );
    },
  });

  app.setNotFoundHandler((_request, reply) =>
    sendError(reply, { code: 'not-found', message: 'There is nothing at this address.' }),
  );

  await app.listen({ port: options.port, host: options.address });
  const bound = app.server.address();
  const port = typeof bound === 'object' && bound ? bound.port : options.port;
  allowedHosts = new Set([`${options.address}:${port}`]);
  if (options.address === '127.0.0.1') allowedHosts.add(`localhost:${port}`);
  return { port, close: () => app.close() };
}
