import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callCommand } from '../../server/api/create-api';
import { openStore } from '../../server/services/open-store';
import { closeStore, schemaVersionOf } from '../../server/store/database';
import { migrations } from '../../server/store/migrations';
import { errorOf, valueOf } from './helpers/expect-result';
import { openTestApi, snapshot, tempDir } from './helpers/temp-store';

function setUp() {
  let clock = Date.parse('2026-11-25T09:00:00.000Z');
  const t = openTestApi(tempDir(), { now: () => new Date((clock += 1000)) });
  const workshop = valueOf(
    callCommand(t.api, 'workshops:create', {
      title: 'Plans',
      date: '2026-11-25',
      facilitator: '',
      client: '',
      mode: 'self-study',
    }),
  );
  const me = valueOf(callCommand(t.api, 'workshops:get', { id: workshop.id })).participants[0]!;
  const account = valueOf(
    callCommand(t.api, 'accounts:add', { participantId: me.id, name: 'Globex' }),
  ).participants[0]!.accounts[0]!;
  return { ...t, workshop, me, account };
}

const layers = {
  'activity-links': [{ id: 'e1', what: 'Shared ordering system', since: '2021', strength: 3 }],
  'resource-ties': [],
  'people-bonds': [],
};

describe('plan parts', () => {
  it('saves a part as typed, with a rising revision, and gives it back', () => {
    const { api, me, account, events } = setUp();
    const key = { participantId: me.id, accountId: account.id, part: 'layers' as const };
    expect(valueOf(callCommand(api, 'plans:get', key))).toBeNull();
    const first = valueOf(callCommand(api, 'plans:save', { ...key, payload: layers }));
    expect(first).toMatchObject({ ...key, revision: 1, payload: layers });
    const second = valueOf(
      callCommand(api, 'plans:save', { ...key, payload: { ...layers, 'resource-ties': [] } }),
    );
    expect(second.revision).toBe(2);
    expect(valueOf(callCommand(api, 'plans:get', key))).toMatchObject({ revision: 2 });
    expect(events.filter((e) => e.type === 'plan-saved')).toEqual([
      expect.objectContaining({ part: 'layers', accountId: account.id, revision: 1 }),
      expect.objectContaining({ part: 'layers', accountId: account.id, revision: 2 }),
    ]);
  });

  it('refuses a part that breaks its schema, naming the path, and writes nothing', () => {
    const { api, db, me, account } = setUp();
    const before = snapshot(db);
    const bad = { ...layers, 'activity-links': [{ ...layers['activity-links'][0], strength: 5 }] };
    const error = errorOf(
      callCommand(api, 'plans:save', {
        participantId: me.id,
        accountId: account.id,
        part: 'layers',
        payload: bad,
      }),
    );
    expect(error.code).toBe('validation');
    expect(error.message).toMatch(/^payload\.activity-links\[0\]\.strength: /);
    expect(snapshot(db)).toBe(before);
  });

  it('keeps the practices with the participant and every other part with an account', () => {
    const { api, me, account } = setUp();
    const practices = { ratings: { s1: 'in-place' } };
    expect(
      errorOf(
        callCommand(api, 'plans:save', {
          participantId: me.id,
          accountId: account.id,
          part: 'practices',
          payload: practices,
        }),
      ).message,
    ).toMatch(/belongs to the participant/);
    expect(
      errorOf(
        callCommand(api, 'plans:save', {
          participantId: me.id,
          accountId: null,
          part: 'layers',
          payload: layers,
        }),
      ).message,
    ).toMatch(/choose the account/);
    valueOf(
      callCommand(api, 'plans:save', {
        participantId: me.id,
        accountId: null,
        part: 'practices',
        payload: practices,
      }),
    );
  });

  it('refuses an account of another participant, and goes with the account when it is removed', () => {
    const { api, db, me, account, workshop } = setUp();
    const other = valueOf(
      callCommand(api, 'participants:add', { workshopId: workshop.id, name: 'Bo' }),
    ).participants[1]!;
    expect(
      errorOf(
        callCommand(api, 'plans:get', {
          participantId: other.id,
          accountId: account.id,
          part: 'layers',
        }),
      ).code,
    ).toBe('not-found');
    valueOf(
      callCommand(api, 'plans:save', {
        participantId: me.id,
        accountId: account.id,
        part: 'layers',
        payload: layers,
      }),
    );
    valueOf(callCommand(api, 'accounts:remove', { id: account.id }));
    expect(db.prepare('SELECT count(*) AS n FROM plan_parts').get()).toEqual({ n: 0 });
  });
});

describe('the two views of the stage', () => {
  const map = {
    people: [
      {
        id: 'kam',
        side: 'supplier',
        level: 'middle',
        department: 'Sales',
        isKeyAccountManager: true,
      },
      { id: 'bea', side: 'customer', level: 'middle', department: 'Purchasing' },
    ],
    links: [{ id: 'l1', from: 'kam', to: 'bea' }],
  };

  it('keeps our own scoring with the contact map as it is, and the customer’s view without one', () => {
    const { api, me, account } = setUp();
    valueOf(
      callCommand(api, 'answers:save', {
        participantId: me.id,
        exercise: 'G',
        accountId: account.id,
        payload: map,
      }),
    );
    const own = valueOf(
      callCommand(api, 'scorings:save', { accountId: account.id, scores: [2, 2, 2, 2, 2, 2] }),
    );
    expect(own).toMatchObject({ view: 'own', map });
    const theirs = valueOf(
      callCommand(api, 'scorings:save', {
        accountId: account.id,
        scores: [1, 1, 1, 1, 1, 1],
        view: 'customer-team',
      }),
    );
    expect(theirs.view).toBe('customer-team');
    expect(theirs.map).toBeUndefined();
    const history = valueOf(callCommand(api, 'scorings:list', { accountId: account.id }));
    expect(history.map((s) => [s.view, s.total])).toEqual([
      ['customer-team', 6],
      ['own', 12],
    ]);
  });

  it('keeps no map with a scoring while nobody is on the map', () => {
    const { api, account } = setUp();
    const own = valueOf(
      callCommand(api, 'scorings:save', { accountId: account.id, scores: [2, 2, 2, 2, 2, 2] }),
    );
    expect(own.map).toBeUndefined();
  });
});

describe('migration 8: relationship plans', () => {
  it('migrates a version-7 file with scorings in it: each becomes our own view, with no map', () => {
    const dir = tempDir();
    const v7 = openStore(dir, { migrations: migrations.slice(0, 7) });
    expect(schemaVersionOf(v7.db)).toBe(7);
    v7.db.exec(`
      INSERT INTO workshops VALUES ('w1', 'Old', '2026-01-01', '', '', 'self-study', 't', 't');
      INSERT INTO participants VALUES ('p1', 'w1', 'Me', 0, 't');
      INSERT INTO accounts VALUES ('a1', 'p1', 'Globex', 0, 't');
      INSERT INTO stage_scorings VALUES ('s1', 'a1', '[1,1,1,1,1,1]', 6, 'basic', '2026-01-02T00:00:00.000Z');
    `);
    closeStore(v7.db);

    const { db } = openStore(dir);
    expect(schemaVersionOf(db)).toBe(8);
    expect(db.prepare('SELECT id, view, map FROM stage_scorings').all()).toEqual([
      { id: 's1', view: 'own', map: null },
    ]);
    expect(() =>
      db.prepare("UPDATE stage_scorings SET view = 'theirs' WHERE id = 's1'").run(),
    ).toThrow(/CHECK/);
    closeStore(db);

    const t = openTestApi(dir);
    expect(valueOf(callCommand(t.api, 'scorings:list', { accountId: 'a1' }))).toEqual([
      {
        id: 's1',
        accountId: 'a1',
        scores: [1, 1, 1, 1, 1, 1],
        total: 6,
        stage: 'basic',
        scoredAt: '2026-01-02T00:00:00.000Z',
        view: 'own',
      },
    ]);
    closeStore(t.db);
    const raw = new Database(join(dir, 'workshop.db'), { readonly: true });
    expect(
      raw.prepare("SELECT strict FROM pragma_table_list WHERE name = 'plan_parts'").get(),
    ).toEqual({
      strict: 1,
    });
    raw.close();
  });
});
