/**
 * The learner page's one door to the laptop: joining, the learner api with the learner's token
 * in the Authorization header (never a cookie), and the event stream. Plain HTTP on the room's
 * network: nothing here needs a secure context.
 */
import type { z } from 'zod';
import { resultSchema, type Result } from '../../shared/api/errors';
import {
  isLearnerCommand,
  Joined,
  LEARNER_EVENTS,
  learnerCommands,
  LearnerEvent,
  Lobby,
  roomPaths,
  type JoinRequest,
  type LearnerCommandName,
  type LearnerOutput,
} from '../../shared/room/learner-api';
import type { ApiClient } from '../api/api-client';

/** What a learner sees when the laptop cannot be reached: their edits wait on the device. */
export const OFFLINE_MESSAGE = 'offline — will send when the connection is back';

const offline = <T>(): Result<T> => ({
  ok: false,
  error: { code: 'unavailable', message: OFFLINE_MESSAGE },
});

/** A stream that has said nothing (not even its heartbeat) for this long is taken as dead. */
const SILENT_STREAM_MS = 40_000;
const MAX_RETRY_MS = 5_000;

export interface RoomClientOptions {
  token(): string | null;
  /** The token was refused (the room closed, or it ended): the learner must join again. */
  onUnauthorized(): void;
  /** The event stream connected or dropped. */
  onConnection(connected: boolean): void;
}

export interface RoomClient {
  lobby(code: string): Promise<Result<Lobby>>;
  join(request: JoinRequest): Promise<Result<Joined>>;
  command<K extends LearnerCommandName>(name: K, input: unknown): Promise<Result<LearnerOutput<K>>>;
  /** Listens to the learner's events until stopped; reconnects by itself after drops. */
  listen(listener: (event: LearnerEvent) => void): () => void;
  /** Reconnects at once (the device woke up or came back online). */
  reconnectNow(): void;
  /** Drops the stream (the device went offline): it reconnects once it can. */
  drop(): void;
  /** The learner api as the app's api client, for the stores the kinds' screens use. */
  api: ApiClient;
}

async function post<T>(
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
  token: string | null,
  onUnauthorized: () => void,
): Promise<Result<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
  } catch {
    return offline();
  }
  if (response.status === 401) onUnauthorized();
  try {
    const parsed = resultSchema(schema).safeParse(await response.json());
    if (parsed.success) return parsed.data as Result<T>;
  } catch {
    // Fall through: not the answer of a room.
  }
  return {
    ok: false,
    error: { code: 'internal', message: `The laptop answered with an error (${response.status}).` },
  };
}

export function createRoomClient(options: RoomClientOptions): RoomClient {
  let wake: (() => void) | null = null;
  let abortStream: (() => void) | null = null;

  const command = <K extends LearnerCommandName>(name: K, input: unknown) =>
    post(
      roomPaths.command(name),
      input,
      learnerCommands[name].output as unknown as z.ZodType<LearnerOutput<K>>,
      options.token(),
      options.onUnauthorized,
    );

  function listen(listener: (event: LearnerEvent) => void): () => void {
    let stopped = false;
    let controller: AbortController | null = null;
    let delay = 500;

    const pause = (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(timer);
          delay = 500;
          resolve();
        };
      });

    async function readStream(): Promise<'unauthorized' | 'dropped'> {
      controller = new AbortController();
      const current = controller;
      abortStream = () => current.abort();
      let silence: ReturnType<typeof setTimeout> | undefined;
      const watch = () => {
        clearTimeout(silence);
        silence = setTimeout(() => current.abort(), SILENT_STREAM_MS);
      };
      try {
        const response = await fetch(roomPaths.command(LEARNER_EVENTS), {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${options.token() ?? ''}`,
          },
          body: '{}',
          signal: current.signal,
          cache: 'no-store',
        });
        if (response.status === 401) return 'unauthorized';
        if (!response.ok || !response.body) return 'dropped';
        options.onConnection(true);
        delay = 500;
        watch();
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return 'dropped';
          watch();
          buffer += decoder.decode(value, { stream: true });
          const frames = buffer.split('\n\n');
          buffer = frames.pop() ?? '';
          for (const frame of frames) {
            if (!frame.startsWith('data: ')) continue;
            try {
              const event = LearnerEvent.safeParse(JSON.parse(frame.slice(6)));
              if (event.success) listener(event.data);
            } catch {
              // A frame that is not JSON is skipped; the next session event brings all back.
            }
          }
        }
      } catch {
        return 'dropped';
      } finally {
        clearTimeout(silence);
      }
    }

    void (async () => {
      while (!stopped) {
        const ended = await readStream();
        if (stopped) return;
        options.onConnection(false);
        if (ended === 'unauthorized') return options.onUnauthorized();
        await pause(delay);
        delay = Math.min(delay * 2, MAX_RETRY_MS);
      }
    })();

    return () => {
      stopped = true;
      controller?.abort();
      wake?.();
    };
  }

  return {
    lobby: (code) => post(roomPaths.lobby, { code }, Lobby, null, () => undefined),
    join: (request) => post(roomPaths.join, request, Joined, null, () => undefined),
    command,
    listen,
    reconnectNow: () => wake?.(),
    drop: () => abortStream?.(),
    api: {
      call: (name, input) =>
        (isLearnerCommand(name)
          ? command(name, input)
          : Promise.resolve({
              ok: false,
              error: { code: 'forbidden', message: 'That is the trainer’s to do.' },
            })) as never,
      // The learner's events arrive through listen(); the stores need no other stream.
      subscribe: () => () => undefined,
    },
  };
}
