import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../renderer/store/app-store';
import { EXPORT_POLL_MS } from '../../../renderer/store/slices/exports-slice';
import type { ExportStatus } from '../../../shared/api/commands/exports';
import { failure, heldApi, ok } from './support/held-api';

const request = { kind: 'summary', workshopId: 'w1' } as const;
const status = (state: ExportStatus['state'], progress: number): ExportStatus => ({
  jobId: 'job1',
  kind: 'summary',
  state,
  progress,
  step: 'Exercise D',
  fileName: 'Summary.pdf',
  size: state === 'done' ? 1_000 : null,
  error: null,
});

/** The desktop app's bridge, saving a finished export where the user chose (or not). */
function desktopSaving(path: string | null) {
  const saveExport = vi.fn(async () => ok(path === null ? null : { path }));
  vi.stubGlobal('window', { kam: { saveExport } });
  return saveExport;
}

function setup() {
  const held = heldApi();
  const store = createAppStore(held.api);
  return { ...held, store, phase: () => store.getState().exportPhase };
}

/** Lets pending promise callbacks run without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('exporting a PDF', () => {
  it('follows the job every EXPORT_POLL_MS, then hands the file to the user', async () => {
    const saveExport = desktopSaving('/home/kim/Summary.pdf');
    const { store, callsOf, phase } = setup();
    const started = store.getState().startExport(request);
    callsOf('exports:start')[0]!.answer(ok(status('running', 0)));
    await started;
    expect(phase()).toEqual({ kind: 'running', status: status('running', 0) });

    await vi.advanceTimersByTimeAsync(EXPORT_POLL_MS - 1);
    expect(callsOf('exports:status')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    callsOf('exports:status')[0]!.answer(ok(status('running', 0.5)));
    await settle();
    expect(phase()).toMatchObject({ kind: 'running', status: { progress: 0.5 } });

    await vi.advanceTimersByTimeAsync(EXPORT_POLL_MS);
    callsOf('exports:status')[1]!.answer(ok(status('done', 1)));
    await settle();
    expect(saveExport).toHaveBeenCalledWith('job1');
    expect(phase()).toEqual({ kind: 'done', where: '/home/kim/Summary.pdf' });
  });

  it('shows the export as cancelled when the user closes the save dialog', async () => {
    desktopSaving(null);
    const { store, callsOf, phase } = setup();
    const started = store.getState().startExport(request);
    callsOf('exports:start')[0]!.answer(ok(status('running', 0)));
    await started;
    await vi.advanceTimersByTimeAsync(EXPORT_POLL_MS);
    callsOf('exports:status')[0]!.answer(ok(status('done', 1)));
    await settle();
    expect(phase()).toEqual({ kind: 'cancelled' });
  });

  it('says why when the job cannot start or fails on the way', async () => {
    const { store, callsOf, phase } = setup();
    const refused = store.getState().startExport(request);
    callsOf('exports:start')[0]!.answer(failure('not-found', 'The workshop is gone.'));
    await refused;
    expect(phase()).toEqual({ kind: 'failed', message: 'The workshop is gone.' });

    const started = store.getState().startExport(request);
    callsOf('exports:start')[1]!.answer(ok(status('running', 0)));
    await started;
    await vi.advanceTimersByTimeAsync(EXPORT_POLL_MS);
    callsOf('exports:status')[0]!.answer(
      ok({ ...status('failed', 0.3), error: 'The logo could not be read.' }),
    );
    await settle();
    expect(phase()).toEqual({ kind: 'failed', message: 'The logo could not be read.' });
  });

  it('stops following a cancelled job and asks the host to drop it', async () => {
    const { store, callsOf, phase } = setup();
    const started = store.getState().startExport(request);
    callsOf('exports:start')[0]!.answer(ok(status('running', 0)));
    await started;
    await vi.advanceTimersByTimeAsync(EXPORT_POLL_MS);

    void store.getState().cancelExport();
    expect(phase()).toEqual({ kind: 'cancelled' });
    expect(callsOf('exports:cancel')[0]!.input).toEqual({ jobId: 'job1' });
    // The progress asked for before the cancel comes back late: it changes nothing.
    callsOf('exports:status')[0]!.answer(ok(status('running', 0.6)));
    await vi.advanceTimersByTimeAsync(EXPORT_POLL_MS * 4);
    expect(phase()).toEqual({ kind: 'cancelled' });
    expect(callsOf('exports:status')).toHaveLength(1);
  });

  it('forgets the last export when reset, and no longer follows its job', async () => {
    const { store, callsOf, phase } = setup();
    const started = store.getState().startExport(request);
    callsOf('exports:start')[0]!.answer(ok(status('running', 0)));
    await started;
    store.getState().resetExport();
    await vi.advanceTimersByTimeAsync(EXPORT_POLL_MS * 4);
    expect(phase()).toEqual({ kind: 'idle' });
    expect(callsOf('exports:status')).toHaveLength(0);
  });
});
