import { z } from 'zod';
import { Timestamp } from '../../schemas/common';

/** Why a backup was made; only automatic ones rotate (7 daily, 4 weekly). */
export const BackupKind = z.enum(['automatic', 'manual', 'before-restore', 'before-migration']);
export type BackupKind = z.infer<typeof BackupKind>;

/** A backup's file name inside the backups folder: never a path. */
export const BackupName = z
  .string()
  .max(200)
  .regex(/^[a-z][a-z0-9-]*-[0-9TZ-]+\.db$/, 'Not the name of a backup');

/** One backup as the Backups dialog lists it. */
export const BackupInfo = z.strictObject({
  name: BackupName,
  path: z.string(),
  kind: BackupKind,
  createdAt: Timestamp,
  sizeBytes: z.int().min(0),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/** At start the database could not be read: where it went and the backup on offer. */
export const RecoveryNotice = z.strictObject({
  kind: z.literal('moved-aside'),
  damagedPath: z.string(),
  databasePath: z.string(),
  backup: BackupInfo.nullable(),
  message: z.string(),
});
export type RecoveryNotice = z.infer<typeof RecoveryNotice>;

export const backupCommands = {
  'backups:list': {
    input: z.strictObject({}),
    output: z.strictObject({ folder: z.string(), backups: z.array(BackupInfo) }),
  },
  /** "Back up now". Runs outside the per-command transaction: a copy cannot be taken inside one. */
  'backups:create': { input: z.strictObject({}), output: BackupInfo, transaction: false },
  /** Backs up the current state first, then puts the chosen backup's data in its place. */
  'backups:restore': {
    input: z.strictObject({ name: BackupName }),
    output: z.strictObject({ restored: BackupInfo, safetyCopy: BackupInfo }),
    transaction: false,
  },
  /** What the user must hear about how the data was opened at start (a damaged file). */
  'store:notices': { input: z.strictObject({}), output: z.array(RecoveryNotice) },
} as const;
