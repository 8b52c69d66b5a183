// The room's listener as a learner's device (or an attacker on the room's network) meets it:
// real HTTP to loopback addresses only (each 127.x address stands for another device).
import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callCommand } from '../../server/api/create-api';
import {
  LEARNER_REQUESTS_PER_30S,
  WRONG_CODES_PER_MINUTE,
} from '../../server/host/room/room-listener';
import { commandNames } from '../../shared/api/contract';
import type { OpenRoom } from '../../shared/api/commands/room';
import { courseContent } from '../../shared/content/resolve-content';
import { roomPaths } from '../../shared/room/learner-api';
import type { WorkshopDetail } from '../../shared/schemas/workshop';
import { errorOf, valueOf } from './helpers/expect-result';
import {
  joinAs,
  learnerCall,
  openLearnerStream,
  openRoomApi,
  openRoomAt,
  roomPost,
  seedRoomWorkshop,
} from './helpers/room';

let t: ReturnType<typeof openRoomApi>;
let detail: WorkshopDetail;
let room: OpenRoom;
const ann = () => detail.participants[0]!;
const bob = () => detail.participants[1]!;

beforeEach(async () => {
  t = openRoomApi();
  detail = seedRoomWorkshop(t.api, ['Ann', 'Bob']);
  room = await openRoomAt(t.api, detail.workshop.id, '127.0.0.21');
});

afterEach(async () => {
  await t.room.shutdown();
  t.db.close();
});

const bodyOf = (response: { body: string }) =>
  JSON.parse(response.body) as {
    ok: boolean;
    value?: unknown;
    error?: { code: string };
  };

/** Every string of a value at least `min` long, for finding it in what was sent. */
function strings(value: unknown, min = 16): string[] {
  if (typeof value === 'string') return value.length >= min ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, min));
  if (value && typeof value === 'object')
    return Object.values(value).flatMap((v) => strings(v, min));
  return [];
}

describe('opening the room', () => {
  it('answers with the join address and a code, and serves the learner page there', async () => {
    expect(room.joinUrl).toBe(`http://${room.address}/room/?code=${room.code}`);
    expect(room.code).toMatch(/^[34679ACDEFGHJKMNPQRTUVWXY]{6}$/);
    const page = await fetch(`http://${room.address}/room/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Room</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('sends the page’s gzipped copy to a browser that accepts it, and the file itself otherwise', async () => {
    const url = `http://${room.address}/room/assets/room.js`;
    const gzipped = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(await gzipped.text()).toBe('export {};');
    const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe('export {};');
  });

  it('refuses a self-study workshop and an address that is not this computer’s', async () => {
    const own = valueOf(
      callCommand(t.api, 'workshops:create', {
        title: 'Alone',
        date: '2026-11-25',
        facilitator: '',
        client: '',
        mode: 'self-study',
      }),
    );
    expect(errorOf(await callCommand(t.api, 'room:open', { workshopId: own.id })).code).toBe(
      'validation',
    );
    await callCommand(t.api, 'room:close', { workshopId: detail.workshop.id });
    const elsewhere = await callCommand(t.api, 'room:open', {
      workshopId: detail.workshop.id,
      address: '192.0.2.44',
      port: 0,
    });
    expect(errorOf(elsewhere)).toMatchObject({ code: 'validation' });
  });
});

describe('joining', () => {
  it('lists the workshop’s names for the right code only', async () => {
    const lobby = bodyOf(await roomPost(room, roomPaths.lobby, { code: room.code.toLowerCase() }));
    expect(lobby.value).toEqual({
      workshopTitle: 'Room test',
      participants: [
        { id: ann().id, name: 'Ann' },
        { id: bob().id, name: 'Bob' },
      ],
      allowNewNames: false,
    });
    const wrong = await roomPost(room, roomPaths.lobby, { code: 'XXXXXX' });
    expect(wrong.status).toBe(403);
  });

  it('joins by name or by participant, each device with its own token of at least 128 bits', async () => {
    const byName = bodyOf(await roomPost(room, roomPaths.join, { code: room.code, name: ' ann ' }));
    const byId = bodyOf(
      await roomPost(room, roomPaths.join, { code: room.code, participantId: ann().id }),
    );
    const tokens = [byName, byId].map((b) => (b.value as { token: string }).token);
    expect((byName.value as { participantId: string }).participantId).toBe(ann().id);
    expect(tokens[0]).not.toBe(tokens[1]);
    for (const token of tokens)
      expect(Buffer.from(token!, 'base64url').length).toBeGreaterThanOrEqual(16);
  });

  it('adds a new name only when the trainer allows it', async () => {
    const refused = await roomPost(room, roomPaths.join, { code: room.code, name: 'Cleo' });
    expect(refused.status).toBe(403);
    valueOf(
      callCommand(t.api, 'room:update', {
        workshopId: detail.workshop.id,
        settings: { allowNewNames: true },
      }),
    );
    const joined = await roomPost(room, roomPaths.join, { code: room.code, name: 'Cleo' });
    expect(joined.status).toBe(200);
    const now = valueOf(callCommand(t.api, 'workshops:get', { id: detail.workshop.id }));
    expect(now.participants.map((p) => p.name)).toEqual(['Ann', 'Bob', 'Cleo']);
  });

  it('throttles wrong codes per address, leaving other devices free to join', async () => {
    const from = { localAddress: '127.0.0.99' };
    for (let i = 0; i < WRONG_CODES_PER_MINUTE; i++) {
      expect(
        (await roomPost(room, roomPaths.join, { code: 'AAAAAA', name: 'Ann' }, from)).status,
      ).toBe(403);
    }
    const blocked = await roomPost(room, roomPaths.join, { code: room.code, name: 'Ann' }, from);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    const other = await roomPost(
      room,
      roomPaths.join,
      { code: room.code, name: 'Ann' },
      { localAddress: '127.0.0.98' },
    );
    expect(other.status).toBe(200);
  });

  it('refuses a Host that is not the room’s address, and requests from another site', async () => {
    const rebound = await roomPost(
      room,
      roomPaths.lobby,
      { code: room.code },
      { headers: { host: 'evil.example:80' } },
    );
    expect(rebound.status).toBe(403);
    const foreign = await roomPost(
      room,
      roomPaths.lobby,
      { code: room.code },
      { headers: { origin: 'http://evil.example' } },
    );
    expect(foreign.status).toBe(403);
  });
});

describe('the learner api', () => {
  it('refuses every trainer command, whatever the token', async () => {
    const token = await joinAs(room, ann().id);
    for (const name of commandNames) {
      if (
        [
          'answers:get',
          'answers:save',
          'scorings:list',
          'scorings:save',
          'scorings:delete',
        ].includes(name)
      )
        continue;
      const response = await learnerCall(room, token, name, {
        workshopId: detail.workshop.id,
        id: detail.workshop.id,
      });
      expect(response.status, name).toBe(404);
      expect(bodyOf(response).error?.code, name).toBe('unknown-command');
    }
    // The trainer's own paths do not exist here at all.
    const trainerPath = await roomPost(room, '/api/workshops:list', {});
    expect(trainerPath.status).toBe(404);
    expect(t.db.prepare('SELECT count(*) AS n FROM workshops').get()).toEqual({ n: 1 });
  });

  it('answers 401 to a missing, malformed or made-up token', async () => {
    for (const token of [undefined, 'nope', 'A'.repeat(43)]) {
      const response = await roomPost(
        room,
        roomPaths.command('learner:state'),
        {},
        token ? { token } : {},
      );
      expect(response.status).toBe(401);
    }
  });

  it('saves a learner’s own answers and refuses anyone else’s', async () => {
    const token = await joinAs(room, ann().id);
    const answer = { items: [{ id: 'i1', text: 'Trust' }], matches: [] };
    const own = await learnerCall(room, token, 'answers:save', {
      participantId: ann().id,
      exercise: 'A',
      accountId: null,
      payload: answer,
    });
    expect(own.status).toBe(200);
    const others = await learnerCall(room, token, 'answers:save', {
      participantId: bob().id,
      exercise: 'A',
      accountId: null,
      payload: answer,
    });
    expect(others.status).toBe(403);
    const bobsAccount = await learnerCall(room, token, 'answers:save', {
      participantId: ann().id,
      exercise: 'G',
      accountId: bob().accounts[0]!.id,
      payload: { people: [], links: [] },
    });
    expect(bobsAccount.status).toBe(404);
    const bobsScoring = await learnerCall(room, token, 'scorings:save', {
      accountId: bob().accounts[0]!.id,
      scores: [1, 1, 1, 1, 1, 1],
    });
    expect(bobsScoring.status).toBe(403);
    const read = await learnerCall(room, token, 'answers:get', {
      participantId: bob().id,
      exercise: 'A',
      accountId: null,
    });
    expect(read.status).toBe(403);
    const rows = t.db.prepare('SELECT participant_id AS p, exercise FROM answers').all();
    expect(rows).toEqual([{ p: ann().id, exercise: 'A' }]);
  });

  it('refuses a token’s writes to another workshop’s participant', async () => {
    const other = seedRoomWorkshop(t.api, ['Zed']);
    const token = await joinAs(room, ann().id);
    const response = await learnerCall(room, token, 'answers:save', {
      participantId: other.participants[0]!.id,
      exercise: 'A',
      accountId: null,
      payload: { items: [], matches: [] },
    });
    expect(response.status).toBe(403);
  });

  it('limits the requests of one learner’s device', async () => {
    const token = await joinAs(room, ann().id);
    const statuses = [];
    for (let i = 0; i <= LEARNER_REQUESTS_PER_30S; i++) {
      statuses.push(
        (
          await learnerCall(room, token, 'answers:get', {
            participantId: ann().id,
            exercise: 'A',
            accountId: null,
          })
        ).status,
      );
    }
    expect(statuses.at(-2)).toBe(200);
    expect(statuses.at(-1)).toBe(429);
  });

  it('refuses a body larger than a learner can send', async () => {
    const token = await joinAs(room, ann().id);
    const huge = {
      participantId: ann().id,
      exercise: 'A',
      accountId: null,
      payload: { items: [{ id: 'x', text: 'x'.repeat(2_000_000) }], matches: [] },
    };
    expect((await learnerCall(room, token, 'answers:save', huge)).status).toBe(413);
  });
});

describe('what a learner is sent', () => {
  it('never holds trainer notes, unrevealed model answers or other learners’ answers', async () => {
    valueOf(
      callCommand(t.api, 'content:update', {
        workshopId: detail.workshop.id,
        changes: {
          exercises: {
            A: {
              model: {
                intro: 'Own intro',
                items: [{ id: 'own', text: 'OWN-MODEL-ITEM-SECRET' }],
                theme: 'OWN-THEME-SECRET',
              },
            },
          },
          steps: { 'exercise-a': { notes: 'OWN-NOTE-SECRET for the trainer only' } },
          slides: [],
          skipped: [],
        },
      }),
    );
    const annToken = await joinAs(room, ann().id);
    const bobToken = await joinAs(room, bob().id);
    await learnerCall(room, bobToken, 'answers:save', {
      participantId: bob().id,
      exercise: 'B',
      accountId: null,
      payload: { items: [{ id: 'b1', text: 'BOBS-OWN-ANSWER' }], matches: [] },
    });
    const stream = openLearnerStream(room, annToken);
    expect(await stream.opened).toBe(200);
    valueOf(
      callCommand(t.api, 'facilitation:move', {
        workshopId: detail.workshop.id,
        move: { kind: 'by', steps: 3 },
      }),
    );
    await learnerCall(room, bobToken, 'answers:save', {
      participantId: bob().id,
      exercise: 'A',
      accountId: null,
      payload: { items: [{ id: 'b2', text: 'BOBS-OTHER-ANSWER' }], matches: [] },
    });
    const state = await learnerCall(room, annToken, 'learner:state', {});
    await expect.poll(() => stream.frames.length).toBeGreaterThanOrEqual(2);

    const sent = [state.body, ...stream.frames].join('\n');
    const secrets = [
      'OWN-MODEL-ITEM-SECRET',
      'OWN-THEME-SECRET',
      'OWN-NOTE-SECRET',
      'BOBS-OWN-ANSWER',
      'BOBS-OTHER-ANSWER',
      'Bob Ltd',
      ...courseContent.steps.map((step) => step.notes).filter((notes) => notes.length > 0),
      ...courseContent.exercises.flatMap((e) => strings(e.model)),
    ];
    for (const secret of secrets) expect(sent, secret).not.toContain(secret);
    stream.close();
  });

  it('holds a model answer once it is revealed, on the stream as it happens', async () => {
    const token = await joinAs(room, ann().id);
    const stream = openLearnerStream(room, token);
    await stream.opened;
    valueOf(
      callCommand(t.api, 'facilitation:reveal', {
        workshopId: detail.workshop.id,
        exercise: 'F',
        revealed: true,
      }),
    );
    await expect.poll(() => stream.frames.some((f) => f.includes('It is still basic.'))).toBe(true);
    const state = bodyOf(await learnerCall(room, token, 'learner:state', {}));
    const exercises = (
      state.value as { session: { exercises: Array<{ letter: string; model: unknown }> } }
    ).session.exercises;
    expect(exercises.find((e) => e.letter === 'F')?.model).toMatchObject({ stage: 'basic' });
    expect(exercises.filter((e) => e.model !== null).map((e) => e.letter)).toEqual(['F']);
    stream.close();
  });

  it('tells a learner of their own saved answers only', async () => {
    const annToken = await joinAs(room, ann().id);
    const stream = openLearnerStream(room, annToken);
    await stream.opened;
    valueOf(
      callCommand(t.api, 'answers:save', {
        participantId: bob().id,
        exercise: 'A',
        accountId: null,
        payload: { items: [], matches: [] },
      }),
    );
    valueOf(
      callCommand(t.api, 'answers:save', {
        participantId: ann().id,
        exercise: 'B',
        accountId: null,
        payload: { items: [], matches: [] },
      }),
    );
    await expect
      .poll(() => stream.events().filter((e) => e.type === 'answer-saved'))
      .toEqual([{ type: 'answer-saved', exercise: 'B', accountId: null, revision: 1 }]);
    stream.close();
  });
});

describe('closing the room', () => {
  it('ends every learner’s session, refuses old tokens and stops listening', async () => {
    const token = await joinAs(room, ann().id);
    const stream = openLearnerStream(room, token);
    await stream.opened;
    const closed = valueOf(
      await callCommand(t.api, 'room:close', { workshopId: detail.workshop.id }),
    );
    expect(closed.open).toBe(false);
    await expect.poll(() => stream.ended).toBe(true);
    expect(stream.events().at(-1)).toEqual({ type: 'closed' });
    const [host, port] = room.address.split(':');
    const refused = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), host);
      socket.on('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
    // Opened again (a new code, new tokens): the old token means nothing.
    const again = await openRoomAt(t.api, detail.workshop.id, '127.0.0.21');
    expect(again.code).not.toBe(room.code);
    expect((await learnerCall(again, token, 'learner:state', {})).status).toBe(401);
  });
});
