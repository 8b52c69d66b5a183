import { z } from 'zod';
import { PdfKind } from './commands/exports';

/** A workshop file read by the desktop shell, for the page's import flow. */
export const OpenedWorkshopFile = z.strictObject({ name: z.string(), text: z.string() });
export type OpenedWorkshopFile = z.infer<typeof OpenedWorkshopFile>;

/**
 * What the desktop shell asks the page to do, from the application menu or the OS (a file
 * opened with the app). The page checks every one against this schema before acting on it.
 */
export const AppCommand = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('import-file'), file: OpenedWorkshopFile }),
  z.strictObject({ type: z.literal('file-error'), message: z.string() }),
  z.strictObject({ type: z.literal('export-workshop') }),
  z.strictObject({ type: z.literal('show-backups') }),
  z.strictObject({ type: z.literal('export-pdf'), kind: PdfKind }),
]);
export type AppCommand = z.infer<typeof AppCommand>;
