import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/store/app-store';
import type { AnswerKey } from '../../../shared/api/commands/answers';
import { heldApi, ok } from './support/held-api';

const key: AnswerKey = { participantId: 'p1', exercise: 'B', accountId: null };
const saved = (payload: unknown, revision: number) =>
  ok({ ...key, payload, revision, updatedAt: '2025-01-01T10:00:00.000Z' });

describe('events from the host', () => {
  it('reloads an answer another window saved, when this window shows an older one', async () => {
    const { api, callsOf } = heldApi();
    const store = createAppStore(api);
    const loaded = store.getState().loadAnswer(key);
    callsOf('answers:get')[0]!.answer(saved('Trust', 1));
    await loaded;

    store
      .getState()
      .handleServerEvent({ type: 'answer-saved', workshopId: 'w1', ...key, revision: 1 });
    expect(callsOf('answers:get')).toHaveLength(1);
    store
      .getState()
      .handleServerEvent({ type: 'answer-saved', workshopId: 'w1', ...key, revision: 2 });
    expect(callsOf('answers:get')).toHaveLength(2);
  });

  it('leaves an answer being typed alone when another window saves it', () => {
    const { api, callsOf } = heldApi();
    const store = createAppStore(api);
    store.getState().editAnswer(key, 'Typed here');
    store
      .getState()
      .handleServerEvent({ type: 'answer-saved', workshopId: 'w1', ...key, revision: 5 });
    expect(callsOf('answers:get')).toHaveLength(0);
  });

  it.each(['a1', 'constructor', '__proto__'])(
    'reloads the scorings of account %s only once this window has shown them',
    async (accountId) => {
      const { api, callsOf } = heldApi();
      const store = createAppStore(api);
      store.getState().handleServerEvent({ type: 'scorings-changed', workshopId: 'w1', accountId });
      expect(callsOf('scorings:list')).toHaveLength(0);

      const loaded = store.getState().loadScorings(accountId);
      callsOf('scorings:list')[0]!.answer(ok([]));
      await loaded;
      expect(store.getState().scorings.get(accountId)).toEqual([]);
      store.getState().handleServerEvent({ type: 'scorings-changed', workshopId: 'w1', accountId });
      expect(callsOf('scorings:list')).toHaveLength(2);
    },
  );

  it('catches up on an exercise page after a gap in the events: the reveal state and saved answers', async () => {
    const { api, callsOf } = heldApi();
    const store = createAppStore(api);
    const loaded = store.getState().loadAnswer(key);
    callsOf('answers:get')[0]!.answer(saved('Trust', 1));
    await loaded;
    store.setState({
      route: { name: 'exercise', workshopId: 'w1', letter: 'B' },
      currentId: 'w1',
    });
    store.getState().handleServerEvent({ type: 'workshops-changed' });
    expect(callsOf('facilitation:get')).toHaveLength(1);
    expect(callsOf('answers:get')).toHaveLength(2);
  });
});
