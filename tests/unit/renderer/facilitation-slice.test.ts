import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/store/app-store';
import {
  initialFacilitationState,
  type FacilitationState,
} from '../../../shared/schemas/facilitation';
import { heldApi, ok } from './support/held-api';

const workshopId = 'w1';
const timerA = (running: boolean) => ({
  A: { durationMs: 600_000, runningSince: running ? 1_000 : null, elapsedMs: 0 },
});
const state = (revision: number, running: boolean): FacilitationState => ({
  ...initialFacilitationState,
  timers: timerA(running),
  revision,
});

describe('facilitation state in a window', () => {
  it('keeps a broadcast of a later change when the reply to its own earlier change comes after it', async () => {
    const { api, calls } = heldApi();
    const store = createAppStore(api);
    store.getState().receiveFacilitation(workshopId, state(1, false));

    // This window starts the timer (revision 2); another window pauses it (revision 3), and
    // that broadcast arrives before this window's reply.
    const started = store.getState().timerAction(workshopId, 'A', { kind: 'toggle' });
    store.getState().handleServerEvent({
      type: 'facilitation-changed',
      workshopId,
      state: state(3, false),
    });
    calls[0]!.answer(ok(state(2, true)));
    await started;

    expect(store.getState().facilitation.get(workshopId)).toEqual(state(3, false));
  });

  it('takes every newer state, and a state as new as the one shown', () => {
    const store = createAppStore(heldApi().api);
    store.getState().receiveFacilitation(workshopId, state(4, false));
    store.getState().receiveFacilitation(workshopId, state(4, true));
    expect(store.getState().facilitation.get(workshopId)?.timers.A?.runningSince).toBe(1_000);
    store.getState().receiveFacilitation(workshopId, state(5, false));
    expect(store.getState().facilitation.get(workshopId)).toEqual(state(5, false));
  });

  it('takes a fresh read whole, even with a lower revision, as after a workshop was deleted and imported again', async () => {
    const { api, calls } = heldApi();
    const store = createAppStore(api);
    store.getState().receiveFacilitation(workshopId, state(9, false));
    const loaded = store.getState().loadFacilitation(workshopId);
    calls[0]!.answer(ok(state(2, true)));
    await loaded;
    expect(store.getState().facilitation.get(workshopId)).toEqual(state(2, true));
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'keeps the state of a workshop whose id is %s as its own, and nothing before it is loaded',
    async (id) => {
      const { api, calls } = heldApi();
      const store = createAppStore(api);
      expect(store.getState().facilitation.get(id)).toBeUndefined();

      const loaded = store.getState().loadFacilitation(id);
      calls[0]!.answer(ok(state(3, true)));
      await loaded;
      store.getState().receiveFacilitation('w1', state(1, false));

      expect(store.getState().facilitation.get(id)).toEqual(state(3, true));
      expect([...store.getState().facilitation.keys()]).toEqual([id, 'w1']);
    },
  );
});
