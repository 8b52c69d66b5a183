import { describe, expect, it } from 'vitest';
import { callCommand, createApi } from '../../server/api/create-api';
import { commandNames } from '../../shared/api/contract';
import { errorOf, valueOf } from './helpers/expect-result';
import { openTestApi, snapshot, tempDir } from './helpers/temp-store';
import { workshopFields } from './helpers/fixtures';

const fields = workshopFields;

function withWorkshop(mode: 'facilitated' | 'self-study' = 'facilitated') {
  const t = openTestApi();
  const workshop = valueOf(callCommand(t.api, 'workshops:create', { ...fields, mode }));
  return { ...t, workshop };
}

describe('workshops', () => {
  it('lists workshops newest first with their head counts', () => {
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const { api } = openTestApi(tempDir(), { now: () => new Date((clock += 60_000)) });
    for (const title of ['First', 'Second', 'Third']) {
      valueOf(callCommand(api, 'workshops:create', { ...fields, title }));
    }
    const list = valueOf(callCommand(api, 'workshops:list', {}));
    expect(list.map((w) => w.title)).toEqual(['Third', 'Second', 'First']);
    expect(list[0]).toMatchObject({ participantCount: 0, accountCount: 0 });
  });

  it('starts a self-study workshop with one participant called "Me"', () => {
    const { api, workshop } = withWorkshop('self-study');
    const detail = valueOf(callCommand(api, 'workshops:get', { id: workshop.id }));
    expect(detail.participants.map((p) => p.name)).toEqual(['Me']);
  });

  it('starts a facilitated workshop with nobody in it', () => {
    const { api, workshop } = withWorkshop();
    expect(valueOf(callCommand(api, 'workshops:get', { id: workshop.id })).participants).toEqual(
      [],
    );
  });

  it('renames a workshop and tells every window', () => {
    const { api, workshop, events } = withWorkshop();
    const renamed = valueOf(
      callCommand(api, 'workshops:rename', { id: workshop.id, title: 'Autumn class' }),
    );
    expect(renamed.title).toBe('Autumn class');
    expect(events).toContainEqual({ type: 'workshop-changed', workshopId: workshop.id });
  });

  it('deletes a workshop with its participants, accounts and answers', () => {
    const { api, db, workshop } = withWorkshop('self-study');
    const me = valueOf(callCommand(api, 'workshops:get', { id: workshop.id })).participants[0]!;
    valueOf(callCommand(api, 'accounts:add', { participantId: me.id, name: 'Globex' }));
    valueOf(
      callCommand(api, 'answers:save', {
        participantId: me.id,
        exercise: 'A',
        accountId: null,
        payload: { items: [], matches: [] },
      }),
    );
    valueOf(callCommand(api, 'workshops:delete', { id: workshop.id }));
    for (const table of ['workshops', 'participants', 'accounts', 'answers']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
  });

  it('says a deleted workshop no longer exists', () => {
    const { api, workshop } = withWorkshop();
    valueOf(callCommand(api, 'workshops:delete', { id: workshop.id }));
    expect(errorOf(callCommand(api, 'workshops:get', { id: workshop.id })).code).toBe('not-found');
    expect(
      errorOf(callCommand(api, 'workshops:rename', { id: workshop.id, title: 'x' })).code,
    ).toBe('not-found');
  });
});

describe('participants and accounts', () => {
  it('adds, renames and removes participants and their accounts, keeping the order added', () => {
    const { api, workshop } = withWorkshop();
    valueOf(callCommand(api, 'participants:add', { workshopId: workshop.id, name: 'Ann' }));
    const detail = valueOf(
      callCommand(api, 'participants:add', { workshopId: workshop.id, name: 'Bob' }),
    );
    const [ann, bob] = detail.participants;
    valueOf(callCommand(api, 'accounts:add', { participantId: ann!.id, name: 'Acme' }));
    valueOf(callCommand(api, 'accounts:add', { participantId: ann!.id, name: 'Globex' }));
    const withAccounts = valueOf(
      callCommand(api, 'participants:rename', { id: bob!.id, name: 'Robert' }),
    );
    expect(withAccounts.participants.map((p) => [p.name, p.accounts.map((a) => a.name)])).toEqual([
      ['Ann', ['Acme', 'Globex']],
      ['Robert', []],
    ]);
    const acme = withAccounts.participants[0]!.accounts[0]!;
    valueOf(callCommand(api, 'accounts:rename', { id: acme.id, name: 'Acme Ltd' }));
    const after = valueOf(
      callCommand(api, 'accounts:remove', { id: withAccounts.participants[0]!.accounts[1]!.id }),
    );
    expect(after.participants[0]!.accounts.map((a) => a.name)).toEqual(['Acme Ltd']);
    const last = valueOf(callCommand(api, 'participants:remove', { id: ann!.id }));
    expect(last.participants.map((p) => p.name)).toEqual(['Robert']);
  });

  it('refuses a blank name with a message naming the field', () => {
    const { api, workshop } = withWorkshop();
    const error = errorOf(
      callCommand(api, 'participants:add', { workshopId: workshop.id, name: '   ' }),
    );
    expect(error).toMatchObject({ code: 'validation', path: 'name' });
    expect(error.message).toBe('name: Please enter a name');
  });

  it('refuses an account for a participant who no longer exists', () => {
    const { api } = withWorkshop();
    expect(
      errorOf(callCommand(api, 'accounts:add', { participantId: 'gone', name: 'Acme' })).code,
    ).toBe('not-found');
  });
});

describe('answers', () => {
  function withAccount() {
    const t = withWorkshop('self-study');
    const me = valueOf(callCommand(t.api, 'workshops:get', { id: t.workshop.id })).participants[0]!;
    const account = valueOf(
      callCommand(t.api, 'accounts:add', { participantId: me.id, name: 'Acme' }),
    ).participants[0]!.accounts[0]!;
    return { ...t, me, account };
  }

  it('saves an answer, raises its revision on each save and reads it back', () => {
    const { api, me } = withAccount();
    const key = { participantId: me.id, exercise: 'A' as const, accountId: null };
    expect(valueOf(callCommand(api, 'answers:get', key))).toBeNull();
    valueOf(
      callCommand(api, 'answers:save', {
        ...key,
        payload: { items: [{ id: 'i1', text: 'Innovation' }], matches: [] },
      }),
    );
    const second = valueOf(
      callCommand(api, 'answers:save', {
        ...key,
        payload: { items: [{ id: 'i1', text: 'Value' }], matches: [] },
      }),
    );
    expect(second.revision).toBe(2);
    expect(valueOf(callCommand(api, 'answers:get', key))).toMatchObject({
      revision: 2,
      payload: { items: [{ id: 'i1', text: 'Value' }] },
    });
  });

  it('keeps account answers apart per account', () => {
    const { api, me, account } = withAccount();
    valueOf(
      callCommand(api, 'answers:save', {
        participantId: me.id,
        exercise: 'D',
        accountId: account.id,
        payload: { scores: [3, 3, 3, 3, 3, 3] },
      }),
    );
    expect(
      valueOf(
        callCommand(api, 'answers:get', {
          participantId: me.id,
          exercise: 'D',
          accountId: account.id,
        }),
      )?.payload,
    ).toEqual({ scores: [3, 3, 3, 3, 3, 3] });
  });

  it('refuses a payload that does not fit the exercise, naming the path', () => {
    const { api, me, account, db } = withAccount();
    const before = snapshot(db);
    const error = errorOf(
      callCommand(api, 'answers:save', {
        participantId: me.id,
        exercise: 'D',
        accountId: account.id,
        payload: { scores: [3, 3, 9, 3, 3, 3] },
      }),
    );
    expect(error).toMatchObject({ code: 'validation', path: 'payload.scores[2]' });
    expect(snapshot(db)).toBe(before);
  });

  it('refuses an account answer without an account and a participant answer with one', () => {
    const { api, me, account } = withAccount();
    expect(
      errorOf(
        callCommand(api, 'answers:save', {
          participantId: me.id,
          exercise: 'G',
          accountId: null,
          payload: { people: [], links: [] },
        }),
      ).message,
    ).toMatch(/choose the account/);
    expect(
      errorOf(
        callCommand(api, 'answers:save', {
          participantId: me.id,
          exercise: 'A',
          accountId: account.id,
          payload: { items: [], matches: [] },
        }),
      ).code,
    ).toBe('validation');
  });

  it("refuses an answer on another participant's account", () => {
    const { api, workshop, account } = withAccount();
    const other = valueOf(
      callCommand(api, 'participants:add', { workshopId: workshop.id, name: 'Bob' }),
    ).participants[1]!;
    expect(
      errorOf(
        callCommand(api, 'answers:save', {
          participantId: other.id,
          exercise: 'D',
          accountId: account.id,
          payload: { scores: [0, 0, 0, 0, 0, 0] },
        }),
      ).code,
    ).toBe('not-found');
  });
});

describe('facilitation state', () => {
  it('starts empty, merges changes and survives reopening the store', () => {
    const { api, workshop, dataDir, db, events } = withWorkshop();
    expect(
      valueOf(callCommand(api, 'facilitation:get', { workshopId: workshop.id })).stepIndex,
    ).toBe(0);
    valueOf(
      callCommand(api, 'facilitation:update', { workshopId: workshop.id, patch: { stepIndex: 3 } }),
    );
    valueOf(
      callCommand(api, 'facilitation:update', {
        workshopId: workshop.id,
        patch: { revealed: ['A'] },
      }),
    );
    expect(events.filter((e) => e.type === 'facilitation-changed')).toHaveLength(2);
    db.close();
    const reopened = openTestApi(dataDir);
    expect(
      valueOf(callCommand(reopened.api, 'facilitation:get', { workshopId: workshop.id })),
    ).toMatchObject({ stepIndex: 3, revealed: ['A'] });
  });
});

describe('the api as a boundary', () => {
  it('stores and answers the same text when it holds a lone surrogate (a broken character)', () => {
    const { api, db, workshop } = withWorkshop('self-study');
    const created = valueOf(
      callCommand(api, 'workshops:create', { ...fields, title: 'Spring \uD800' }),
    );
    const listed = valueOf(callCommand(api, 'workshops:list', {})).find((w) => w.id === created.id);
    expect(created.title).toBe(listed?.title);
    expect(created.title).toBe('Spring \uFFFD');
    // Stored as well-formed UTF-8 (EF BF BD), not as the bytes of half a character.
    expect(
      db.prepare('SELECT hex(title) FROM workshops WHERE id = ?').pluck().get(created.id),
    ).toBe(Buffer.from('Spring \uFFFD').toString('hex').toUpperCase());

    const me = valueOf(callCommand(api, 'workshops:get', { id: workshop.id })).participants[0]!;
    const key = { participantId: me.id, exercise: 'A' as const, accountId: null };
    const payload = { items: [{ id: 'i1', text: 'Trust \uDC00 and \uD83D\uDE00' }], matches: [] };
    const saved = valueOf(callCommand(api, 'answers:save', { ...key, payload }));
    const read = valueOf(callCommand(api, 'answers:get', key));
    expect(saved.payload).toEqual(read?.payload);
    expect(read?.payload).toEqual({
      items: [{ id: 'i1', text: 'Trust \uFFFD and \uD83D\uDE00' }],
      matches: [],
    });
  });

  // JSON.parse gives "__proto__" as an own key, exactly as a payload off the wire carries it.
  const malformed: unknown[] = [
    undefined,
    null,
    42,
    'text',
    [],
    { bogus: 1 },
    { id: 7 },
    JSON.parse('{"__proto__":{"admin":true}}'),
    JSON.parse('{"constructor":{"prototype":{"x":1}}}'),
  ];

  it.each(commandNames)(
    '%s rejects malformed payloads with a validation error and writes nothing',
    (name) => {
      const { api, db } = withWorkshop('self-study');
      const before = snapshot(db);
      for (const input of malformed) {
        const result = api.call(name, input);
        expect(result.ok ? 'ok' : result.error.code, `${name} with ${JSON.stringify(input)}`).toBe(
          'validation',
        );
      }
      expect(snapshot(db)).toBe(before);
    },
  );

  it('answers an unknown command with its own error code', () => {
    const { api } = openTestApi();
    expect(errorOf(api.call('workshops:hack', {})).code).toBe('unknown-command');
    expect(errorOf(api.call('__proto__', {})).code).toBe('unknown-command');
  });

  it('leaves nothing behind when the second row of a change fails, and announces nothing', () => {
    const t = openTestApi();
    // The participant of a self-study workshop gets an id already taken: the insert fails.
    const ids = ['w-1', 'p-taken', 'w-2', 'p-taken'];
    const api = createApi({ db: t.db, newId: () => ids.shift()!, logError: () => undefined });
    const heard: unknown[] = [];
    api.subscribe((e) => heard.push(e));
    valueOf(callCommand(api, 'workshops:create', { ...fields, mode: 'self-study' }));
    heard.length = 0;
    const before = snapshot(t.db);
    expect(
      errorOf(
        callCommand(api, 'workshops:create', { ...fields, mode: 'self-study', title: 'Second' }),
      ).code,
    ).toBe('conflict');
    expect(snapshot(t.db)).toBe(before);
    expect(heard).toEqual([]);
  });
});
