import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectAppStore, createAppStore } from '../../../renderer/store/app-store';
import {
  answerKeyId,
  RETRY_DELAYS_MS,
  SAVE_DELAY_MS,
} from '../../../renderer/store/slices/answers-slice';
import type { AnswerKey } from '../../../shared/api/commands/answers';
import { failure, heldApi, ok } from './support/held-api';

const key: AnswerKey = { participantId: 'p1', exercise: 'A', accountId: null };
const id = answerKeyId(key);

/** What the host answers to a save: the answer with its new revision. */
const saved = (payload: unknown, revision: number) =>
  ok({ ...key, payload, revision, updatedAt: `2025-01-0${revision}T10:00:00.000Z` });

/** Lets pending promise callbacks run without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

function setup() {
  const held = heldApi();
  const store = createAppStore(held.api);
  const draft = () => store.getState().answers.get(id);
  const saves = () => held.callsOf('answers:save');
  return { ...held, store, draft, saves };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('saving an answer as it is typed', () => {
  it('waits until typing has paused for SAVE_DELAY_MS, then saves the latest text once', async () => {
    const { store, draft, saves } = setup();
    store.getState().editAnswer(key, 'Trust');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 100);
    store.getState().editAnswer(key, 'Trust and innovation');
    expect(draft()?.status).toBe('unsaved');

    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
    expect(saves()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);

    expect(saves().map((call) => call.input)).toEqual([
      { ...key, payload: 'Trust and innovation' },
    ]);
    expect(draft()?.status).toBe('saving');
    saves()[0]!.answer(saved('Trust and innovation', 1));
    await settle();
    expect(draft()).toMatchObject({ status: 'saved', revision: 1, error: null });
  });

  it('retries a failed save after each of RETRY_DELAYS_MS in turn, then keeps to the last', async () => {
    const { store, draft, saves } = setup();
    store.getState().editAnswer(key, 'Trust');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);

    for (const [attempt, delay] of [...RETRY_DELAYS_MS, RETRY_DELAYS_MS.at(-1)!].entries()) {
      saves()[attempt]!.answer(failure('unavailable', 'The workshop host cannot be reached.'));
      await settle();
      expect(draft()).toMatchObject({
        status: 'error',
        error: 'The workshop host cannot be reached.',
      });
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(saves()).toHaveLength(attempt + 1);
      await vi.advanceTimersByTimeAsync(1);
      expect(saves()).toHaveLength(attempt + 2);
    }

    saves().at(-1)!.answer(saved('Trust', 1));
    await settle();
    expect(draft()).toMatchObject({ status: 'saved', error: null, payload: 'Trust' });
  });

  it('starts the retries afresh after a save has got through', async () => {
    const { store, saves } = setup();
    store.getState().editAnswer(key, 'Trust');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    saves()[0]!.answer(failure('unavailable'));
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]!);
    saves()[1]!.answer(saved('Trust', 1));
    await settle();

    store.getState().editAnswer(key, 'Trust again');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    saves()[2]!.answer(failure('unavailable'));
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]!);
    expect(saves()).toHaveLength(4);
  });

  it('does not retry an answer the host refused as invalid, until the user asks', async () => {
    const { store, draft, saves } = setup();
    store.getState().editAnswer(key, 'Trust');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    saves()[0]!.answer(failure('validation', 'payload: too long'));
    await settle();

    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS.reduce((a, b) => a + b, 0) * 2);
    expect(saves()).toHaveLength(1);
    expect(draft()).toMatchObject({ status: 'error', error: 'payload: too long' });

    store.getState().retrySave(key);
    await settle();
    expect(saves()).toHaveLength(2);
  });

  it('never marks newer text saved when the reply to an older save arrives', async () => {
    const { store, draft, saves } = setup();
    store.getState().editAnswer(key, 'Trust');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    store.getState().editAnswer(key, 'Trust and innovation');

    saves()[0]!.answer(saved('Trust', 1));
    await settle();
    expect(draft()).toMatchObject({
      status: 'unsaved',
      payload: 'Trust and innovation',
      revision: 1,
    });

    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(saves()[1]!.input).toEqual({ ...key, payload: 'Trust and innovation' });
    saves()[1]!.answer(saved('Trust and innovation', 2));
    await settle();
    expect(draft()).toMatchObject({ status: 'saved', revision: 2 });
  });

  it('sends a newer save only after the reply to the one in flight', async () => {
    const { store, saves } = setup();
    store.getState().editAnswer(key, 'Trust');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    store.getState().editAnswer(key, 'Trust and innovation');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 10);
    expect(saves()).toHaveLength(1);

    saves()[0]!.answer(saved('Trust', 1));
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(saves()).toHaveLength(2);
  });

  it('keeps what is being typed when a slower load of the saved answer comes back', async () => {
    const { store, draft, callsOf } = setup();
    const loading = store.getState().loadAnswer(key);
    store.getState().editAnswer(key, 'Typed here');
    callsOf('answers:get')[0]!.answer(saved('Saved elsewhere', 4));
    await loading;
    expect(draft()).toMatchObject({ payload: 'Typed here', status: 'unsaved' });
  });
});

describe('answers waiting to be saved when the page goes', () => {
  function stubWindow() {
    const page = new EventTarget();
    vi.stubGlobal('window', page);
    vi.stubGlobal('location', { pathname: '/', search: '' });
    vi.stubGlobal('history', { pushState: () => {}, replaceState: () => {} });
    return page;
  }

  it('saves every unsaved answer at once when the page is hidden or closed', async () => {
    const page = stubWindow();
    const { store, api, saves } = setup();
    const other: AnswerKey = { participantId: 'p2', exercise: 'B', accountId: null };
    const disconnect = connectAppStore(store, api);
    store.getState().editAnswer(key, 'Trust');
    store.getState().editAnswer(other, 'Reliability');

    page.dispatchEvent(new Event('pagehide'));
    await settle();

    expect(saves().map((call) => call.input)).toEqual([
      { ...key, payload: 'Trust' },
      { ...other, payload: 'Reliability' },
    ]);
    disconnect();
  });

  it('saves at once when the user moves to another screen', async () => {
    stubWindow();
    const { store, saves } = setup();
    store.getState().editAnswer(key, 'Trust');
    store.getState().navigate({ name: 'about' });
    await settle();
    expect(saves()).toHaveLength(1);
  });
});
