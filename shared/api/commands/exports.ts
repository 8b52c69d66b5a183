import { z } from 'zod';
import { ExerciseLetter } from '../../exercises/letters';
import { Id } from '../../schemas/common';
import { PaperSize, WorkshopSettings, WorkshopSettingsPatch } from '../../schemas/settings';

/**
 * What can be exported as a file: one participant's workbook or the workshop's summary (PDFs),
 * one exercise's answers as a spreadsheet (CSV), or a content template (its own file).
 */
export const ExportKind = z.enum(['workbook', 'summary', 'answers', 'template']);
export type ExportKind = z.infer<typeof ExportKind>;

/** The PDF documents, which the desktop's File ▸ Export menu opens the export dialog on. */
export const PdfKind = z.enum(['workbook', 'summary']);
export type PdfKind = z.infer<typeof PdfKind>;

/** How each kind of export is saved: its file type, for downloads and save dialogs. */
export const exportFileTypes: Readonly<
  Record<ExportKind, { noun: string; extension: string; mediaType: string; description: string }>
> = {
  workbook: {
    noun: 'PDF',
    extension: 'pdf',
    mediaType: 'application/pdf',
    description: 'PDF document',
  },
  summary: {
    noun: 'PDF',
    extension: 'pdf',
    mediaType: 'application/pdf',
    description: 'PDF document',
  },
  answers: {
    noun: 'spreadsheet',
    extension: 'csv',
    mediaType: 'text/csv; charset=utf-8',
    description: 'Spreadsheet (CSV)',
  },
  template: {
    noun: 'template file',
    extension: 'json',
    mediaType: 'application/json',
    description: 'Content template',
  },
};

/**
 * Names replaced by neutral labels and private notes left out (shared/privacy/client-safe.ts):
 * for outputs that leave the room.
 */
const ClientSafe = z.boolean().optional();

/** What to export; a workbook needs its participant and may be narrowed to one account. */
export const ExportRequest = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('workbook'),
    workshopId: Id,
    participantId: Id.optional(),
    accountId: Id.optional(),
    /** Overrides the workshop's paper setting for this export only. */
    paper: PaperSize.optional(),
    clientSafe: ClientSafe,
  }),
  z.strictObject({
    kind: z.literal('summary'),
    workshopId: Id,
    paper: PaperSize.optional(),
    clientSafe: ClientSafe,
  }),
  /** One exercise's answers, one row per answer (or per item of a list). */
  z.strictObject({
    kind: z.literal('answers'),
    workshopId: Id,
    exercise: ExerciseLetter,
    clientSafe: ClientSafe,
  }),
  z.strictObject({ kind: z.literal('template'), templateId: Id }),
]);
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

/** Exports run as jobs: start one, poll its status, cancel it; then fetch the file. */
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
