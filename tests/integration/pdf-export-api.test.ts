import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callCommand, type Api } from '../../server/api/create-api';
import { startHost, type RunningHost } from '../../server/host/create-host';
import { ExportJobs } from '../../server/services/pdf/export-jobs';
import { ExportCancelled } from '../../server/services/pdf/writer';
import type { ExportStatus } from '../../shared/api/commands/exports';
import {
  buildBadInputWorkshop,
  buildCompleteWorkshop,
} from '../fixtures/workshops/build-workshops';
import { pageCount } from '../fixtures/workshops/inspect-pdf';
import { readCsv } from '../support/read-csv';
import { errorOf, valueOf } from './helpers/expect-result';
import { rawRequest } from './helpers/http';
import { openTestApi, tempDir } from './helpers/temp-store';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls a job until it stops running, as the dialog does. */
async function settle(
  api: Api,
  jobId: string,
): Promise<{ final: ExportStatus; seen: ExportStatus[] }> {
  const seen: ExportStatus[] = [];
  for (let i = 0; i < 600; i++) {
    const status = valueOf(callCommand(api, 'exports:status', { jobId }));
    seen.push(status);
    if (status.state !== 'running') return { final: status, seen };
    await sleep(20);
  }
  throw new Error('The export never finished');
}

let host: RunningHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

describe('export jobs through the api', () => {
  it('makes a workbook in the background and hands over its file with a readable name', async () => {
    const t = openTestApi();
    const built = buildCompleteWorkshop(t.api);
    const started = valueOf(
      callCommand(t.api, 'exports:start', {
        kind: 'workbook',
        workshopId: built.workshopId,
        participantId: built.participants[0]!.id,
      }),
    );
    expect(started).toMatchObject({ state: 'running', progress: 0 });
    expect(started.fileName).toBe(
      'Workbook - Alex Morgan - Key Account Relationships — Spring Cohort.pdf',
    );
    const { final, seen } = await settle(t.api, started.jobId);
    expect(final).toMatchObject({ state: 'done', progress: 1, error: null });
    // The host kept answering while the PDF was drawn, and progress only went forward.
    expect(seen.some((s) => s.state === 'running')).toBe(true);
    const progress = seen.map((s) => s.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const file = t.api.exportFile(started.jobId);
    expect(file?.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(final.size).toBe(file?.bytes.length);
  });

  it('cancels a running export and keeps no file', async () => {
    const t = openTestApi();
    const built = buildBadInputWorkshop(t.api);
    const { jobId } = valueOf(
      callCommand(t.api, 'exports:start', {
        kind: 'workbook',
        workshopId: built.workshopId,
        participantId: built.participants[0]!.id,
      }),
    );
    await sleep(5);
    valueOf(callCommand(t.api, 'exports:cancel', { jobId }));
    const { final } = await settle(t.api, jobId);
    expect(final.state).toBe('cancelled');
    expect(t.api.exportFile(jobId)).toBeNull();
  });

  it('refuses a workbook without a participant, and unknown jobs', () => {
    const t = openTestApi();
    const built = buildCompleteWorkshop(t.api);
    expect(
      errorOf(
        callCommand(t.api, 'exports:start', { kind: 'workbook', workshopId: built.workshopId }),
      ),
    ).toMatchObject({
      code: 'validation',
      path: 'participantId',
    });
    expect(errorOf(callCommand(t.api, 'exports:status', { jobId: 'nope' })).code).toBe('not-found');
  });

  it('keeps the paper size and consultant as workshop settings and uses them', async () => {
    const t = openTestApi();
    const built = buildCompleteWorkshop(t.api);
    expect(valueOf(callCommand(t.api, 'settings:get', { workshopId: built.workshopId }))).toEqual({
      paper: 'a4',
      consultantName: '',
      logo: null,
    });
    valueOf(
      callCommand(t.api, 'settings:update', {
        workshopId: built.workshopId,
        patch: { paper: 'letter', consultantName: 'Morgan & Partners' },
      }),
    );
    const { jobId } = valueOf(
      callCommand(t.api, 'exports:start', { kind: 'summary', workshopId: built.workshopId }),
    );
    await settle(t.api, jobId);
    const bytes = t.api.exportFile(jobId)!.bytes;
    expect(pageCount(bytes)).toBeGreaterThan(3);
    expect(bytes.toString('latin1')).toContain('/MediaBox [0 0 612 792]');
  });
});

describe('a failing export', () => {
  it('says what went wrong and keeps nothing', async () => {
    const errors: unknown[] = [];
    const jobs = new ExportJobs({
      render: async () => {
        throw new Error('the disk is full');
      },
      logError: (_message, error) => errors.push(error),
    });
    jobs.start('job-1', 'summary', {} as never, 'x.pdf');
    await sleep(10);
    expect(jobs.status('job-1')).toMatchObject({
      state: 'failed',
      error: 'The PDF could not be made: the disk is full',
    });
    expect(jobs.file('job-1')).toBeNull();
    expect(errors).toHaveLength(1);
  });

  it('treats a render stopped by its signal as cancelled', async () => {
    const jobs = new ExportJobs({
      render: async (_data, { signal }) => {
        await sleep(20);
        if (signal?.aborted) throw new ExportCancelled();
        return Buffer.from('%PDF-');
      },
    });
    jobs.start('job-2', 'workbook', {} as never, 'x.pdf');
    jobs.cancel('job-2');
    await sleep(40);
    expect(jobs.status('job-2')?.state).toBe('cancelled');
    expect(jobs.file('job-2')).toBeNull();
  });
});

/** A browser host over the api, serving a page of its own. */
async function hostOf(api: Api): Promise<RunningHost> {
  const staticDir = join(tempDir(), 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>KAM</title>');
  return startHost({ api, staticDir, port: 0 });
}

describe('the browser host download', () => {
  it('serves a finished export as an attachment named after the workbook', async () => {
    const t = openTestApi();
    const built = buildCompleteWorkshop(t.api);
    host = await hostOf(t.api);
    const { jobId } = valueOf(
      callCommand(t.api, 'exports:start', {
        kind: 'workbook',
        workshopId: built.workshopId,
        participantId: built.participants[1]!.id,
      }),
    );
    await settle(t.api, jobId);
    const response = await rawRequest(host.url, {
      method: 'GET',
      path: `/api/exports/${jobId}/file`,
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain(
      "filename*=UTF-8''Workbook%20-%20Priya%20Shah%20-%20Key%20Account%20Relationships%20%E2%80%94%20Spring%20Cohort.pdf",
    );
    expect(response.body.startsWith('%PDF-')).toBe(true);
    const missing = await rawRequest(host.url, {
      method: 'GET',
      path: '/api/exports/unknown/file',
    });
    expect(missing.status).toBe(404);
  });

  it('serves an exercise’s answers as a CSV file, with names or client-safe', async () => {
    const t = openTestApi();
    const built = buildCompleteWorkshop(t.api);
    host = await hostOf(t.api);
    const download = async (clientSafe: boolean) => {
      const { jobId } = valueOf(
        callCommand(t.api, 'exports:start', {
          kind: 'answers',
          workshopId: built.workshopId,
          exercise: 'C',
          clientSafe,
        }),
      );
      await settle(t.api, jobId);
      return rawRequest(host!.url, { method: 'GET', path: `/api/exports/${jobId}/file` });
    };
    const named = await download(false);
    expect(named.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(named.headers['content-disposition']).toContain(
      "filename*=UTF-8''Answers%20C%20-%20Key%20account%20relationship%20top%20three%20-%20",
    );
    const rows = readCsv(named.body);
    expect(rows[0]!.slice(0, 3)).toEqual(['Participant', 'Account', 'Entered by']);
    expect(rows[0]).toContain('Reflection');
    expect(rows.slice(1).map((row) => row[0])).toContain(built.participants[0]!.name);

    const safe = readCsv((await download(true)).body);
    expect(safe[0]).not.toContain('Reflection');
    expect(safe[1]!.slice(0, 2)).toEqual(['Participant 1', 'Account 1']);
    const names = built.participants.map((p) => p.name);
    expect(safe.flat().filter((cell) => names.some((name) => cell.includes(name)))).toEqual([]);
  });
});
