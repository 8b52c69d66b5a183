// Every api command against hostile input through both transports: the IPC wrapper the
// desktop app mounts, and the browser host over real HTTP. Each input must be refused with
// a validation (or too-large) error, nothing may be written or announced, the host must stay
// up, and no prototype may be polluted.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mountApi } from '../../electron/ipc';

import { callCommand } from '../../server/api/create-api';
import { startHost, type RunningHost } from '../../server/host/create-host';
import { closeStore } from '../../server/store/database';
import { commandNames, type CommandName } from '../../shared/api/contract';
import type { Result } from '../../shared/api/errors';
import { ipcChannels } from '../../shared/api/transport';
import { valueOf } from './helpers/expect-result';
import { postCommand, rawRequest } from './helpers/http';
import { openTestApi, snapshot, tempDir } from './helpers/temp-store';
import { contractRefuses, deepArrayText, hostileInputs } from './fuzz-inputs';

// ipc.ts needs only Electron's types; the mock guards against a runtime import creeping in.
vi.mock('electron', () => ({}));

// The IPC types as mountApi sees them, so this file needs nothing from Electron itself.
type IpcMain = Parameters<typeof mountApi>[0];
type IpcMainInvokeEvent = Parameters<Parameters<IpcMain['handle']>[1]>[0];

const RUNS_PER_COMMAND = 300;
const SEED = 20261125;

type InvokeHandler = (event: IpcMainInvokeEvent, command: unknown, input: unknown) => unknown;

let t: ReturnType<typeof openTestApi>;
let host: RunningHost;
let ipcInvoke: InvokeHandler;
let validInputs: Partial<Record<CommandName, unknown>>;
const prototypesBefore = prototypeShapes();
const tried = { ipc: 0, http: 0, notHostile: 0 };

/** The own property names of the prototypes an attacker would pollute. */
function prototypeShapes(): string {
  return JSON.stringify(
    [Object.prototype, Array.prototype, Function.prototype].map((proto) =>
      Reflect.ownKeys(proto).map(String).sort(),
    ),
  );
}

/** A workshop with a participant, an account and a scoring, and a valid input for each command. */
function seedWorkshop(): Partial<Record<CommandName, unknown>> {
  const workshop = valueOf(
    callCommand(t.api, 'workshops:create', {
      title: 'Fuzz',
      date: '2026-11-25',
      facilitator: 'Ann',
      client: 'Acme',
      mode: 'facilitated',
    }),
  );
  const w = workshop.id;
  const p = valueOf(callCommand(t.api, 'participants:add', { workshopId: w, name: 'Bo' }))
    .participants[0]!.id;
  const a = valueOf(callCommand(t.api, 'accounts:add', { participantId: p, name: 'Acme' }))
    .participants[0]!.accounts[0]!.id;
  const scores = [0, 1, 2, 3, 0, 1] as const;
  const s = valueOf(callCommand(t.api, 'scorings:save', { accountId: a, scores: [...scores] })).id;
  const answer = { participantId: p, exercise: 'A', accountId: null };
  return {
    'workshops:list': {},
    'workshops:create': {
      title: 'T',
      date: '2026-11-25',
      facilitator: '',
      client: '',
      mode: 'self-study',
    },
    'workshops:get': { id: w },
    'workshops:rename': { id: w, title: 'T' },
    'workshops:delete': { id: w },
    'participants:add': { workshopId: w, name: 'N' },
    'participants:rename': { id: p, name: 'N' },
    'participants:remove': { id: p },
    'accounts:add': { participantId: p, name: 'N' },
    'accounts:rename': { id: a, name: 'N' },
    'accounts:remove': { id: a },
    'answers:get': answer,
    'answers:save': { ...answer, payload: { items: [{ id: 'i1', text: 'x' }], matches: [] } },
    'scorings:save': { accountId: a, scores: [...scores] },
    'scorings:list': { accountId: a },
    'scorings:delete': { id: s },
    'facilitation:get': { workshopId: w },
    'facilitation:update': { workshopId: w, patch: { stepIndex: 1, blackScreen: true } },
    'facilitation:timer': { workshopId: w, exercise: 'A', action: { kind: 'adjust', deltaMs: 1 } },
    'facilitation:reveal': { workshopId: w, exercise: 'A', revealed: true },
    'room:open': { workshopId: w, address: '127.0.0.1', port: 0 },
    'room:close': { workshopId: w },
    'room:status': { workshopId: w },
    'room:update': { workshopId: w, settings: { wifiName: 'Guest' } },
    'room:addresses': {},
    'room:results': { workshopId: w, exercise: 'A' },
    'plans:get': { participantId: p, accountId: a, part: 'layers' },
    'plans:save': {
      participantId: p,
      accountId: a,
      part: 'actions',
      payload: { actions: [] },
    },
  };
}

beforeAll(async () => {
  t = openTestApi();
  validInputs = seedWorkshop();
  const handlers = new Map<string, InvokeHandler>();
  const ipcMain = {
    handle: (channel: string, handler: InvokeHandler) => handlers.set(channel, handler),
  };
  // Sender checks have their own tests; here every call comes from a trusted window.
  mountApi(ipcMain as unknown as IpcMain, t.api, () => true);
  ipcInvoke = handlers.get(ipcChannels.invoke)!;

  const staticDir = join(tempDir(), 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>KAM</title>');
  // A fuzzer is one fast client: the rate limit is tested on its own.
  host = await startHost({
    api: t.api,
    staticDir,
    port: 0,
    rateLimit: { max: 1e9, windowMs: 1000 },
  });
});

afterAll(async () => {
  await host.close();
  closeStore(t.db);
  console.log(
    `fuzz: ${commandNames.length} commands × ${RUNS_PER_COMMAND} runs × 2 transports (seed ${SEED}): ` +
      `${tried.ipc} hostile inputs over IPC and ${tried.http} over HTTP refused, 0 failures; ` +
      `${tried.notHostile} random inputs the contract accepts were not sent`,
  );
});

const invoke = async (command: unknown, input: unknown) =>
  (await ipcInvoke({} as IpcMainInvokeEvent, command, input)) as Result<unknown>;

/** Runs the property over a command's hostile inputs, checking nothing was written or announced. */
async function fuzz(name: CommandName, check: (text: string, input: unknown) => Promise<void>) {
  const before = snapshot(t.db);
  const eventsBefore = t.events.length;
  await fc.assert(
    fc.asyncProperty(hostileInputs(validInputs[name] ?? {}), async (text) => {
      const input: unknown = JSON.parse(text);
      if (!contractRefuses(name, input)) {
        tried.notHostile++;
        return;
      }
      await check(text, input);
    }),
    { seed: SEED, numRuns: RUNS_PER_COMMAND },
  );
  expect(snapshot(t.db)).toBe(before);
  expect(t.events.length).toBe(eventsBefore);
}

describe('fuzzing the api', () => {
  it('starts from a valid input for every command it has one for', () => {
    for (const [name, input] of Object.entries(validInputs)) {
      expect(contractRefuses(name as CommandName, input), name).toBe(false);
    }
  });

  it.each(commandNames)('%s refuses hostile input over IPC and writes nothing', async (name) => {
    await fuzz(name, async (_text, input) => {
      expect(await invoke(name, input)).toMatchObject({
        ok: false,
        error: { code: 'validation' },
      });
      tried.ipc++;
    });
  });

  it.each(commandNames)('%s refuses hostile input over HTTP and writes nothing', async (name) => {
    await fuzz(name, async (text) => {
      const response = await rawRequest(host.url, {
        path: `/api/${name}`,
        headers: { 'content-type': 'application/json' },
        body: text,
      });
      const { error } = JSON.parse(response.body) as { error?: { code: string } };
      expect([`${response.status} ${error?.code}`]).toContainEqual(
        expect.stringMatching(/^(400 validation|413 too-large)$/),
      );
      tried.http++;
    });
    expect((await postCommand(host.url, 'workshops:list', {})).status).toBe(200);
  });

  it('refuses a command name that is not a string, or not a command, over IPC', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (command) => {
        const result = await invoke(command, {});
        const expected = typeof command === 'string' ? 'unknown-command' : 'validation';
        if (typeof command === 'string' && commandNames.includes(command as CommandName)) return;
        expect(result).toMatchObject({ ok: false, error: { code: expected } });
      }),
      { seed: SEED, numRuns: RUNS_PER_COMMAND },
    );
  });

  it('refuses a million levels of nesting, the deepest body the host accepts, without hanging', async () => {
    const text = deepArrayText(1_000_000);
    const started = performance.now();
    const response = await rawRequest(host.url, {
      path: '/api/workshops:create',
      headers: { 'content-type': 'application/json' },
      body: text,
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await invoke('answers:save', JSON.parse(text))).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    // 1.3 s when measured (docs/reliability.md); the bound only catches a hang.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('leaves Object.prototype, Array.prototype and Function.prototype untouched', () => {
    expect(prototypeShapes()).toBe(prototypesBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
