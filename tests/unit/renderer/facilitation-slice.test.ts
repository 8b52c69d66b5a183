import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../renderer/api/api-client';
import { createAppStore } from '../../../renderer/store/app-store';
import type { Result } from '../../../shared/api/errors';
import {
  initialFacilitationState,
  type FacilitationState,
} from '../../../shared/schemas/facilitation';

const workshopId = 'w1';
const timerA = (running: boolean) => ({
  A: { durationMs: 600_000, runningSince: running ? 1_000 : null, elapsedMs: 0 },
});
const state = (revision: number, running: boolean): FacilitationState => ({
  ...initialFacilitationState,
  timers: timerA(running),
  revision,
});

/** An api whose one pending call is answered when the test says so. */
function heldApi() {
  let answer: (result: Result<FacilitationState>) => void = () => {};
  const api: ApiClient = {
    call: () =>
      new Promise((resolve) => {
        answer = resolve as typeof answer;
      }),
    subscribe: () => () => {},
  };
  return { api, answer: (result: Result<FacilitationState>) => answer(result) };
}

describe('facilitation state in a window', () => {
  it('keeps a broadcast of a later change when the reply to its own earlier change comes after it', async () => {
    const { api, answer } = heldApi();
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
    answer({ ok: true, value: state(2, true) });
    await started;

    expect(store.getState().facilitation[workshopId]).toEqual(state(3, false));
  });

  it('takes every newer state, and a state as new as the one shown', () => {
    const { api } = heldApi();
    const store = createAppStore(api);
    store.getState().receiveFacilitation(workshopId, state(4, false));
    store.getState().receiveFacilitation(workshopId, state(4, true));
    expect(store.getState().facilitation[workshopId]?.timers.A?.runningSince).toBe(1_000);
    store.getState().receiveFacilitation(workshopId, state(5, false));
    expect(store.getState().facilitation[workshopId]).toEqual(state(5, false));
  });

  it('takes a fresh read whole, even with a lower revision, as after a workshop was deleted and imported again', async () => {
    const { api, answer } = heldApi();
    const store = createAppStore(api);
    store.getState().receiveFacilitation(workshopId, state(9, false));
    const loaded = store.getState().loadFacilitation(workshopId);
    answer({ ok: true, value: state(2, true) });
    await loaded;
    expect(store.getState().facilitation[workshopId]).toEqual(state(2, true));
  });
});
