import { describe, expect, it } from 'vitest';
import { callCommand } from '../../server/api/create-api';
import { errorOf, valueOf } from './helpers/expect-result';
import { openTestApi, snapshot, tempDir } from './helpers/temp-store';

const fields = {
  title: 'Spring class',
  date: '2026-03-01',
  facilitator: 'Ann',
  client: 'Acme',
  mode: 'self-study' as const,
};

function setUp() {
  let clock = Date.parse('2026-11-25T09:00:00.000Z');
  const t = openTestApi(tempDir(), { now: () => new Date(clock) });
  const workshop = valueOf(callCommand(t.api, 'workshops:create', fields));
  const me = valueOf(callCommand(t.api, 'workshops:get', { id: workshop.id })).participants[0]!;
  const account = valueOf(
    callCommand(t.api, 'accounts:add', { participantId: me.id, name: 'Globex' }),
  ).participants[0]!.accounts[0]!;
  return { ...t, workshop, me, account, advance: (ms: number) => (clock += ms) };
}

describe('stage scorings', () => {
  it('saves a complete scoring with its total, stage and date', () => {
    const { api, account } = setUp();
    const scoring = valueOf(
      callCommand(api, 'scorings:save', { accountId: account.id, scores: [2, 2, 2, 2, 2, 2] }),
    );
    expect(scoring).toMatchObject({
      total: 12,
      stage: 'interdependent',
      scoredAt: '2026-11-25T09:00:00.000Z',
    });
  });

  it('refuses to save a scoring with a statement unanswered, and writes nothing', () => {
    const { api, account, db } = setUp();
    const before = snapshot(db);
    expect(
      errorOf(
        callCommand(api, 'scorings:save', {
          accountId: account.id,
          scores: [2, 2, null, 2, 2, 2] as never,
        }),
      ).path,
    ).toBe('scores[2]');
    expect(snapshot(db)).toBe(before);
  });

  it('keeps the history of an account newest first, so progress can be followed', () => {
    const { api, account, advance } = setUp();
    valueOf(
      callCommand(api, 'scorings:save', { accountId: account.id, scores: [1, 1, 1, 1, 1, 1] }),
    );
    advance(30 * 86_400_000);
    valueOf(
      callCommand(api, 'scorings:save', { accountId: account.id, scores: [3, 3, 2, 2, 2, 2] }),
    );
    const history = valueOf(callCommand(api, 'scorings:list', { accountId: account.id }));
    expect(history.map((s) => [s.scoredAt.slice(0, 10), s.total, s.stage])).toEqual([
      ['2026-12-25', 14, 'interdependent'],
      ['2026-11-25', 6, 'basic'],
    ]);
  });

  it('keeps one row for an unchanged scoring saved again the same day, and a new one the next day', () => {
    const { api, account, advance } = setUp();
    const save = (scores: number[], view?: 'customer-believed') =>
      valueOf(
        callCommand(api, 'scorings:save', {
          accountId: account.id,
          scores: scores as never,
          ...(view ? { view } : {}),
        }),
      );
    const first = save([2, 2, 2, 2, 2, 2]);
    advance(60_000);
    expect(save([2, 2, 2, 2, 2, 2])).toEqual(first);
    const changed = save([2, 2, 2, 2, 2, 3]);
    expect(changed.id).not.toBe(first.id);
    // The customer's view is a history of its own.
    expect(save([2, 2, 2, 2, 2, 3], 'customer-believed').view).toBe('customer-believed');
    advance(86_400_000);
    expect(save([2, 2, 2, 2, 2, 3]).id).not.toBe(changed.id);
    const history = valueOf(callCommand(api, 'scorings:list', { accountId: account.id }));
    expect(history).toHaveLength(4);
  });

  it('removes the history with the account', () => {
    const { api, account, db } = setUp();
    valueOf(
      callCommand(api, 'scorings:save', { accountId: account.id, scores: [0, 0, 0, 0, 0, 0] }),
    );
    valueOf(callCommand(api, 'accounts:remove', { id: account.id }));
    expect(db.prepare('SELECT count(*) AS n FROM stage_scorings').get()).toEqual({ n: 0 });
  });
});

describe('timers and reveals', () => {
  it('counts every change to the facilitation state in its revision, broadcast and reply alike', () => {
    const { api, workshop, events } = setUp();
    expect(
      valueOf(callCommand(api, 'facilitation:get', { workshopId: workshop.id })).revision,
    ).toBe(0);
    const replies = [
      valueOf(
        callCommand(api, 'facilitation:timer', {
          workshopId: workshop.id,
          exercise: 'A',
          action: { kind: 'toggle' },
        }),
      ),
      valueOf(
        callCommand(api, 'facilitation:reveal', {
          workshopId: workshop.id,
          exercise: 'A',
          revealed: true,
        }),
      ),
      valueOf(
        callCommand(api, 'facilitation:move', {
          workshopId: workshop.id,
          move: { kind: 'by', steps: 1 },
        }),
      ),
      valueOf(
        callCommand(api, 'facilitation:update', {
          workshopId: workshop.id,
          patch: { hideNames: true },
        }),
      ),
    ];
    expect(replies.map((r) => r.revision)).toEqual([1, 2, 3, 4]);
    const broadcast = events.flatMap((e) => (e.type === 'facilitation-changed' ? [e.state] : []));
    expect(broadcast).toEqual(replies);
  });

  it('starts an exercise timer at the course’s default duration, on the host clock', () => {
    const { api, workshop } = setUp();
    const state = valueOf(
      callCommand(api, 'facilitation:timer', {
        workshopId: workshop.id,
        exercise: 'F',
        action: { kind: 'start' },
      }),
    );
    expect(state.timers.F).toEqual({
      durationMs: 120_000,
      runningSince: Date.parse('2026-11-25T09:00:00.000Z'),
      elapsedMs: 0,
    });
  });

  it('pauses after two seconds with two seconds used, and keeps it across a restart', () => {
    const { api, workshop, advance, dataDir, db } = setUp();
    valueOf(
      callCommand(api, 'facilitation:timer', {
        workshopId: workshop.id,
        exercise: 'A',
        action: { kind: 'start' },
      }),
    );
    advance(2_000);
    valueOf(
      callCommand(api, 'facilitation:timer', {
        workshopId: workshop.id,
        exercise: 'A',
        action: { kind: 'pause' },
      }),
    );
    db.close();
    const reopened = openTestApi(dataDir);
    expect(
      valueOf(callCommand(reopened.api, 'facilitation:get', { workshopId: workshop.id })).timers.A,
    ).toEqual({ durationMs: 600_000, runningSince: null, elapsedMs: 2_000 });
  });

  it('adds a minute, sets a duration and resets', () => {
    const { api, workshop } = setUp();
    const timer = (action: object) =>
      valueOf(
        callCommand(api, 'facilitation:timer', {
          workshopId: workshop.id,
          exercise: 'B',
          action: action as never,
        }),
      ).timers.B!;
    expect(timer({ kind: 'adjust', deltaMs: 60_000 }).durationMs).toBe(660_000);
    expect(timer({ kind: 'set', durationMs: 300_000 }).durationMs).toBe(300_000);
    expect(timer({ kind: 'reset' })).toEqual({
      durationMs: 300_000,
      runningSince: null,
      elapsedMs: 0,
    });
  });

  it('counts each move through the steps on the host, however quickly they come', () => {
    const { api, workshop, events } = setUp();
    for (let i = 0; i < 3; i++) {
      valueOf(
        callCommand(api, 'facilitation:move', {
          workshopId: workshop.id,
          move: { kind: 'by', steps: 1 },
        }),
      );
    }
    const state = valueOf(callCommand(api, 'facilitation:get', { workshopId: workshop.id }));
    expect(state.stepIndex).toBe(3);
    // The session clock is the trainer's to start.
    expect(state.sessionStartedAt ?? null).toBeNull();
    expect(events.filter((e) => e.type === 'facilitation-changed')).toHaveLength(3);
  });

  it('reveals and hides a model answer, telling every window', () => {
    const { api, workshop, events } = setUp();
    expect(
      valueOf(
        callCommand(api, 'facilitation:reveal', {
          workshopId: workshop.id,
          exercise: 'A',
          revealed: true,
        }),
      ).revealed,
    ).toEqual(['A']);
    expect(
      valueOf(
        callCommand(api, 'facilitation:reveal', {
          workshopId: workshop.id,
          exercise: 'A',
          revealed: true,
        }),
      ).revealed,
    ).toEqual(['A']);
    expect(
      valueOf(
        callCommand(api, 'facilitation:reveal', {
          workshopId: workshop.id,
          exercise: 'A',
          revealed: false,
        }),
      ).revealed,
    ).toEqual([]);
    expect(events.filter((e) => e.type === 'facilitation-changed')).toHaveLength(3);
  });
});
