import {
  exportFileTypes,
  type ExportKind,
  type ExportStatus,
} from '../../../shared/api/commands/exports';
import { renderExport } from '../exports/render-export';
import type { ExportData } from './document-data';
import type { RenderOptions } from './render-progress';
import { ExportCancelled } from './writer';

interface Job {
  status: ExportStatus;
  bytes: Buffer | null;
  controller: AbortController;
  /** When it stopped running (ms), for pruning. */
  endedAt: number | null;
}

/** A finished export's file, and what kind of export it is (which says its file type). */
export interface ExportFile {
  kind: ExportKind;
  fileName: string;
  bytes: Buffer;
}

export interface ExportJobsOptions {
  logError?: (message: string, error: unknown) => void;
  render?: (data: ExportData, options: RenderOptions) => Promise<Buffer>;
  now?: () => number;
}

/** How long a finished file waits to be downloaded or saved before it is dropped. */
const KEEP_MS = 15 * 60_000;
/** Exports drawn at once: each is CPU work on the host's only thread. */
const MAX_RUNNING = 3;

/**
 * Export jobs of one store: each draws its PDF in the background, in slices that yield to
 * the event loop, and keeps the bytes in memory only — nothing touches the disk until the
 * user saves, so a cancelled or failed job leaves no partial file anywhere.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly render: NonNullable<ExportJobsOptions['render']>;
  private readonly now: () => number;
  private readonly logError: NonNullable<ExportJobsOptions['logError']>;

  constructor(options: ExportJobsOptions = {}) {
    this.render = options.render ?? renderExport;
    this.now = options.now ?? Date.now;
    this.logError = options.logError ?? ((message, error) => console.error(message, error));
  }

  /** Whether another job may start now. */
  canStart(): boolean {
    this.prune();
    return [...this.jobs.values()].filter((j) => j.status.state === 'running').length < MAX_RUNNING;
  }

  /** Starts drawing a document; returns at once with the running job's status. */
  start(jobId: string, kind: ExportKind, data: ExportData, fileName: string): ExportStatus {
    const job: Job = {
      status: {
        jobId,
        kind,
        state: 'running',
        progress: 0,
        step: 'Starting',
        fileName,
        size: null,
        error: null,
      },
      bytes: null,
      controller: new AbortController(),
      endedAt: null,
    };
    this.jobs.set(jobId, job);
    // Begins after the command has answered, so the caller has the job id before any progress.
    setImmediate(() => void this.run(job, data));
    return { ...job.status };
  }

  private async run(job: Job, data: ExportData): Promise<void> {
    try {
      const bytes = await this.render(data, {
        signal: job.controller.signal,
        onProgress: (progress, step) => {
          if (job.status.state === 'running') job.status = { ...job.status, progress, step };
        },
      });
      if (job.controller.signal.aborted) throw new ExportCancelled();
      job.bytes = bytes;
      job.status = { ...job.status, state: 'done', progress: 1, step: 'Done', size: bytes.length };
    } catch (error) {
      if (error instanceof ExportCancelled || job.controller.signal.aborted) {
        job.status = { ...job.status, state: 'cancelled', step: 'Cancelled' };
      } else {
        this.logError(`Export ${job.status.jobId} failed`, error);
        const reason = error instanceof Error ? error.message : String(error);
        job.status = {
          ...job.status,
          state: 'failed',
          step: 'Failed',
          error: `The ${exportFileTypes[job.status.kind].noun} could not be made: ${reason}`,
        };
      }
    }
    job.endedAt = this.now();
  }

  /** A job's status, or null when there is no such job (or it has expired). */
  status(jobId: string): ExportStatus | null {
    this.prune();
    const job = this.jobs.get(jobId);
    return job ? { ...job.status } : null;
  }

  /** Stops a running job; a finished one is dropped with its file. */
  cancel(jobId: string): ExportStatus | null {
    const job = this.jobs.get(jobId);
    if (!job) return null;
    job.controller.abort();
    if (job.status.state === 'running') {
      job.status = { ...job.status, step: 'Cancelling' };
    } else {
      job.bytes = null;
      this.jobs.delete(jobId);
    }
    return { ...job.status };
  }

  /** The finished file of a job, or null while it is running or when it failed. */
  file(jobId: string): ExportFile | null {
    const job = this.jobs.get(jobId);
    if (!job?.bytes || job.status.state !== 'done') return null;
    return { kind: job.status.kind, fileName: job.status.fileName, bytes: job.bytes };
  }

  private prune(): void {
    const now = this.now();
    for (const [id, job] of this.jobs) {
      if (job.endedAt !== null && now - job.endedAt > KEEP_MS) this.jobs.delete(id);
    }
  }
}
