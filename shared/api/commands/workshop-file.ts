import { z } from 'zod';
import { Id } from '../../schemas/common';
import { Workshop } from '../../schemas/workshop';
import { WorkshopFile } from '../../workshop-file/schema';

/**
 * What to do when the file's workshop is already here: `ask` imports only when it is
 * not (otherwise the answer says so and nothing is written), `copy` imports it with new
 * ids everywhere, `replace` deletes the existing one and imports the file in its place.
 */
export const OnConflict = z.enum(['ask', 'copy', 'replace']);
export type OnConflict = z.infer<typeof OnConflict>;

/** How an import ended: imported, or waiting for the user to choose copy or replace. */
export const ImportOutcome = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('imported'),
    workshop: Workshop,
    as: z.enum(['new', 'copy', 'replace']),
  }),
  z.strictObject({
    status: z.literal('exists'),
    existing: z.strictObject({ id: Id, title: z.string() }),
    incomingTitle: z.string(),
    /** The file is a client-safe copy: replacing would put labels where the names are. */
    incomingNamesRemoved: z.boolean(),
  }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcome>;

export const workshopFileCommands = {
  /** `clientSafe`: names replaced by neutral labels and private notes left out. */
  'workshop-file:export': {
    input: z.strictObject({ workshopId: Id, clientSafe: z.boolean().default(false) }),
    output: WorkshopFile,
  },
  /** `text` is the file as it was read: its size is checked before it is parsed. */
  'workshop-file:import': {
    input: z.strictObject({ text: z.string(), onConflict: OnConflict.default('ask') }),
    output: ImportOutcome,
  },
} as const;
