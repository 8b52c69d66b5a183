import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../renderer/store/app-store';
import { planPartKeyId } from '../../../renderer/store/slices/plans-slice';
import { SAVE_DELAY_MS } from '../../../renderer/store/slices/saved-drafts';
import type { PlanPartKey } from '../../../shared/api/commands/plans';
import { heldApi, ok } from './support/held-api';

const key: PlanPartKey = { participantId: 'p1', accountId: 'a1', part: 'actions' };
const id = planPartKeyId(key);
const settle = () => vi.advanceTimersByTimeAsync(0);
const stored = (payload: unknown, revision: number) =>
  ok({ ...key, payload, revision, updatedAt: `2026-01-0${revision}T10:00:00.000Z` });

function setup() {
  const held = heldApi();
  const store = createAppStore(held.api);
  return { ...held, store, draft: () => store.getState().planParts.get(id) };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('a plan part saved as it is typed', () => {
  it('saves the latest value once typing pauses, like an answer', async () => {
    const { store, draft, callsOf } = setup();
    store.getState().editPlanPart(key, { actions: [] });
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
    const next = { actions: [{ id: 'x', what: 'Call Bea' }] };
    store.getState().editPlanPart(key, next);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(callsOf('plans:save').map((c) => c.input)).toEqual([{ ...key, payload: next }]);
    callsOf('plans:save')[0]!.answer(stored(next, 1));
    await settle();
    expect(draft()).toMatchObject({ status: 'saved', revision: 1, payload: next });
  });

  it('saves what is pending when the window leaves the screen', async () => {
    const { store, callsOf } = setup();
    store.getState().editPlanPart(key, { actions: [] });
    store.getState().enterRoute({ name: 'home' });
    await settle();
    expect(callsOf('plans:save')).toHaveLength(1);
  });

  it('takes another window’s newer save, but never over what this window is typing', async () => {
    const { store, draft, callsOf } = setup();
    void store.getState().loadPlanPart(key);
    callsOf('plans:get')[0]!.answer(stored({ actions: [] }, 1));
    await settle();
    const event = { type: 'plan-saved', workshopId: 'w1', ...key, revision: 2 } as const;
    store.getState().handleServerEvent(event);
    expect(callsOf('plans:get')).toHaveLength(2);
    callsOf('plans:get')[1]!.answer(stored({ actions: [{ id: 'y' }] }, 2));
    await settle();
    expect(draft()?.revision).toBe(2);

    store.getState().editPlanPart(key, { actions: [] });
    store.getState().handleServerEvent({ ...event, revision: 3 });
    expect(callsOf('plans:get')).toHaveLength(2);
  });
});
