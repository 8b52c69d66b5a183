import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { OpenRoom } from '../../../shared/api/commands/room';
import { RoomService } from '../../../server/host/room/room-service';
import { callCommand } from '../../../server/api/create-api';
import { LEARNER_EVENTS, roomPaths, type LearnerEvent } from '../../../shared/room/learner-api';
import { valueOf } from './expect-result';
import { rawRequest, type RawResponse } from './http';
import { openTestApi, tempDir } from './temp-store';

/** A learner page stand-in: the room serves whatever is built; these tests need only a page. */
export function fakeLearnerPage(): string {
  const dir = tempDir('kam-room-page-');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Room</title>');
  writeFileSync(join(dir, 'assets', 'room.js'), 'export {};');
  writeFileSync(join(dir, 'assets', 'room.js.gz'), gzipSync('export {};'));
  return dir;
}

/** An api with a room, over a real database in a temp dir. */
export function openRoomApi() {
  const room = new RoomService({ pageDir: fakeLearnerPage() });
  const t = openTestApi(undefined, { room });
  room.attach(t.api);
  return { ...t, room };
}

/** A facilitated workshop with the named participants, each with one key account. */
export function seedRoomWorkshop(api: ReturnType<typeof openRoomApi>['api'], names: string[]) {
  const workshop = valueOf(
    callCommand(api, 'workshops:create', {
      title: 'Room test',
      date: '2026-11-25',
      facilitator: 'Tess',
      client: 'Acme',
      mode: 'facilitated',
    }),
  );
  for (const name of names)
    valueOf(callCommand(api, 'participants:add', { workshopId: workshop.id, name }));
  let detail = valueOf(callCommand(api, 'workshops:get', { id: workshop.id }));
  for (const p of detail.participants)
    detail = valueOf(
      callCommand(api, 'accounts:add', { participantId: p.id, name: `${p.name} Ltd` }),
    );
  return detail;
}

/** Opens the room on a loopback address (the only kind these tests may bind). */
export async function openRoomAt(
  api: ReturnType<typeof openRoomApi>['api'],
  workshopId: string,
  address: string,
): Promise<OpenRoom> {
  const status = valueOf(await callCommand(api, 'room:open', { workshopId, address, port: 0 }));
  if (!status.open) throw new Error('The room did not open');
  return status;
}

/** A JSON POST to the room listener, as a learner's page sends it. */
export function roomPost(
  room: OpenRoom,
  path: string,
  body: unknown,
  options: { token?: string; localAddress?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  return rawRequest(`http://${room.address}/`, {
    path,
    headers: {
      'content-type': 'application/json',
      host: room.address,
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify(body),
    ...(options.localAddress ? { localAddress: options.localAddress } : {}),
  });
}

/** Joins as a participant and returns the learner's token. */
export async function joinAs(room: OpenRoom, participantId: string): Promise<string> {
  const response = await roomPost(room, roomPaths.join, { code: room.code, participantId });
  if (response.status !== 200) throw new Error(`Join failed: ${response.body}`);
  return (JSON.parse(response.body) as { value: { token: string } }).value.token;
}

/** Calls a learner command with a token. */
export function learnerCall(room: OpenRoom, token: string, command: string, input: unknown) {
  return roomPost(room, roomPaths.command(command), input, { token });
}

/** A learner's event stream, read as it arrives: every frame's text and its parsed events. */
export function openLearnerStream(room: OpenRoom, token: string) {
  const frames: string[] = [];
  let buffer = '';
  let ended = false;
  const [host, port] = room.address.split(':');
  const req = request({
    host,
    port,
    method: 'POST',
    path: roomPaths.command(LEARNER_EVENTS),
    headers: {
      host: room.address,
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    },
  });
  const opened = new Promise<number>((resolve, reject) => {
    req.on('response', (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        const parts = buffer.split('\n\n');
        buffer = parts.pop() ?? '';
        for (const part of parts) if (part.startsWith('data: ')) frames.push(part.slice(6));
      });
      res.on('end', () => (ended = true));
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
  });
  req.end('{}');
  return {
    opened,
    frames,
    events: () => frames.map((f) => JSON.parse(f) as LearnerEvent),
    get ended() {
      return ended;
    },
    close: () => req.destroy(),
  };
}
