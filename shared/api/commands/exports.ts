import { z } from 'zod';
import { Id } from '../../schemas/common';
import { PaperSize, WorkshopSettings, WorkshopSettingsPatch } from '../../schemas/settings';

/** The two PDF documents: one participant's workbook, or the whole workshop's summary. */
export const ExportKind = z.enum(['workbook', 'summary']);
export type ExportKind = z.infer<typeof ExportKind>;

/** What to export; a workbook needs its participant and may be narrowed to one account. */
export const ExportRequest = z.strictObject({
  kind: ExportKind,
  workshopId: Id,
  participantId: Id.optional(),
  accountId: Id.optional(),
  /** Overrides the workshop's paper setting for this export only. */
  paper: PaperSize.optional(),
});
export type ExportRequest = z.infer<typeof ExportRequest>;

export const ExportState = z.enum(['running', 'done', 'failed', 'cancelled']);
export type ExportState = z.infer<typeof ExportState>;

/** Where an export job stands; the file can be fetched once it is done. */
export const ExportStatus = z.strictObject({
  jobId: Id,
  kind: ExportKind,
  state: ExportState,
  /** 0–1. */
  progress: z.number().min(0).max(1),
  /** What is being drawn now, e.g. "Exercise D". */
  step: z.string(),
  fileName: z.string(),
  /** Size in bytes once done. */
  size: z.int().min(0).nullable(),
  /** What went wrong, in a sentence, when failed. */
  error: z.string().nullable(),
});
export type ExportStatus = z.infer<typeof ExportStatus>;

const ByJob = z.strictObject({ jobId: Id });

/** PDF exports run as jobs: start one, poll its status, cancel it; then fetch the file. */
export const exportCommands = {
  'exports:start': { input: ExportRequest, output: ExportStatus },
  'exports:status': { input: ByJob, output: ExportStatus },
  'exports:cancel': { input: ByJob, output: ExportStatus },
  'settings:get': { input: z.strictObject({ workshopId: Id }), output: WorkshopSettings },
  'settings:update': {
    input: z.strictObject({ workshopId: Id, patch: WorkshopSettingsPatch }),
    output: WorkshopSettings,
  },
} as const;
