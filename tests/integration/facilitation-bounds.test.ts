import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callCommand, createApi, handlerTables } from '../../server/api/create-api';
import { createRegistry } from '../../server/api/registry';
import { insertWorkshop } from '../../server/store/repositories/workshops';
import { FacilitationPatch, FacilitationState } from '../../shared/schemas/facilitation';
import type { TimerAction } from '../../shared/api/commands/facilitation';
import { sampleFile } from '../unit/workshop-file/support/sample-file';
import { errorOf, valueOf } from './helpers/expect-result';
import { openTestApi, snapshot } from './helpers/temp-store';
import { workshopFields } from './helpers/fixtures';

const fields = workshopFields;

function withWorkshop(now?: () => Date) {
  const t = openTestApi(undefined, now ? { now } : {});
  const workshop = valueOf(callCommand(t.api, 'workshops:create', fields));
  return { ...t, workshopId: workshop.id };
}

describe('facilitation inputs are bounded so no accepted state can overflow', () => {
  it('refuses a timer whose time used is beyond any session, and the state stays as it was', () => {
    const { api, db, workshopId } = withWorkshop();
    valueOf(callCommand(api, 'facilitation:update', { workshopId, patch: { stepIndex: 2 } }));
    const before = snapshot(db);

    const error = errorOf(
      callCommand(api, 'facilitation:update', {
        workshopId,
        patch: {
          timers: { A: { durationMs: 600_000, runningSince: 0, elapsedMs: 9007199254740991 } },
        },
      }),
    );
    expect(error).toMatchObject({ code: 'validation', path: 'patch.timers.A.elapsedMs' });
    expect(snapshot(db)).toBe(before);
    valueOf(
      callCommand(api, 'facilitation:timer', {
        workshopId,
        exercise: 'A',
        action: { kind: 'pause' },
      }),
    );
    expect(valueOf(callCommand(api, 'facilitation:get', { workshopId }))).toMatchObject({
      stepIndex: 2,
      revision: 2,
    });
  });

  it('refuses moments no clock can show, for a timer and for the session start', () => {
    const { api, workshopId } = withWorkshop();
    const farFuture = 8_640_000_000_000_001;
    expect(
      errorOf(
        callCommand(api, 'facilitation:update', {
          workshopId,
          patch: { timers: { B: { durationMs: 1, runningSince: farFuture, elapsedMs: 0 } } },
        }),
      ).path,
    ).toBe('patch.timers.B.runningSince');
    expect(
      errorOf(
        callCommand(api, 'facilitation:update', {
          workshopId,
          patch: { sessionStartedAt: farFuture },
        }),
      ).path,
    ).toBe('patch.sessionStartedAt');
  });

  it('refuses a workshop file whose facilitation revision leaves no room to count on', () => {
    const { api, db } = openTestApi();
    const before = snapshot(db);
    const file = sampleFile();
    file.facilitation.revision = 9007199254740991;
    const error = errorOf(callCommand(api, 'workshop-file:import', { text: JSON.stringify(file) }));
    expect(error).toMatchObject({ code: 'validation', path: 'facilitation.revision' });
    expect(snapshot(db)).toBe(before);
  });

  it('keeps every state reachable from accepted inputs within its own schema, at any moment', () => {
    const patch = FacilitationPatch.omit({ revealed: true });
    const anyPatch = fc.record(
      {
        stepIndex: fc.nat({ max: 10_000 }),
        timers: fc.record(
          {
            A: fc.record({
              durationMs: fc.nat({ max: 3 * 60 * 60_000 }),
              runningSince: fc.option(fc.nat({ max: 8_640_000_000_000_000 }), { nil: null }),
              elapsedMs: fc.nat({ max: 10 * 365 * 24 * 60 * 60_000 }),
            }),
          },
          { requiredKeys: [] },
        ),
        sessionStartedAt: fc.option(fc.nat({ max: 8_640_000_000_000_000 }), { nil: null }),
      },
      { requiredKeys: [] },
    );
    const anyAction = fc.constantFrom<TimerAction>(
      { kind: 'start' },
      { kind: 'pause' },
      { kind: 'toggle' },
      { kind: 'reset' },
      { kind: 'adjust', deltaMs: 3 * 60 * 60_000 },
      { kind: 'set', durationMs: 60_000 },
    );
    fc.assert(
      fc.property(
        anyPatch,
        fc.array(fc.tuple(anyAction, fc.nat({ max: 8_640_000_000_000_000 })), { maxLength: 6 }),
        (changes, actions) => {
          expect(patch.safeParse(changes).success).toBe(true);
          let clock = 0;
          const { api, workshopId } = withWorkshop(() => new Date(clock));
          valueOf(callCommand(api, 'facilitation:update', { workshopId, patch: changes }));
          for (const [action, at] of actions) {
            clock = at;
            const state = valueOf(
              callCommand(api, 'facilitation:timer', { workshopId, exercise: 'A', action }),
            );
            expect(FacilitationState.safeParse(state).success).toBe(true);
            valueOf(
              callCommand(api, 'facilitation:move', { workshopId, move: { kind: 'by', steps: 1 } }),
            );
          }
        },
      ),
      { numRuns: 60, seed: 20261125 },
    );
  });
});

describe('a command whose result breaks its contract', () => {
  it('is reported as not saved and, true to that, saves nothing and tells nobody', () => {
    const t = openTestApi();
    // A handler that writes, then returns a result its contract refuses.
    const broken = new Map(createRegistry(handlerTables));
    broken.set('workshops:create', ((ctx: { db: typeof t.db }) => {
      insertWorkshop(ctx.db, {
        ...fields,
        id: 'w-written',
        createdAt: '2026-03-01T09:00:00.000Z',
        updatedAt: '2026-03-01T09:00:00.000Z',
      });
      return { id: 'w-written', title: 42 };
    }) as never);
    const logged: string[] = [];
    const api = createApi({ db: t.db, logError: (message) => logged.push(message) }, broken);
    const heard: unknown[] = [];
    api.subscribe((event) => heard.push(event));
    const before = snapshot(t.db);

    const error = errorOf(callCommand(api, 'workshops:create', fields));
    expect(error.code).toBe('internal');
    expect(error.message).toMatch(/not saved/);
    expect(snapshot(t.db)).toBe(before);
    expect(heard).toEqual([]);
    expect(logged).toEqual(['Command workshops:create produced output that breaks its contract']);
  });
});
