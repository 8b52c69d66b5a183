import type { BackupInfo, RecoveryNotice } from '../../../shared/api/commands/backups';
import { formatDateTime } from '../../../shared/format/dates';
import type { Db } from '../../store/database';
import { listBackups } from './backup-files';
import { verifyDatabaseFile } from '../../store/verified-copy';

/** The newest backup that opens, passes quick_check and this app can read; null if none. */
export function newestGoodBackup(folder: string, latestVersion: number): BackupInfo | null {
  for (const backup of listBackups(folder)) {
    try {
      if (verifyDatabaseFile(backup.path) <= latestVersion) return backup;
    } catch {
      // A damaged backup is skipped: the next older one may be good.
    }
  }
  return null;
}

/** What to say when the full check, run in the background on a large file, finds damage. */
export function damageFoundMessage(
  reason: string,
  databasePath: string,
  backup: BackupInfo | null,
): string {
  const what =
    `A full check of your workshop database (${databasePath}) found damage that the quick ` +
    `check at start cannot see (${reason}). Your workshops stay open, but some of what is ` +
    'saved in them may not be readable.';
  if (!backup) {
    return `${what} No backup was found: export the workshops you need (Export workshop file) now.`;
  }
  return (
    `${what} The newest good backup, from ${formatDateTime(backup.createdAt)}, is at ${backup.path}: ` +
    'restore it with Backups… (the current state is backed up first), or export the ' +
    'workshops you need before you do.'
  );
}

/** The recovery notice in plain words, naming both files. */
export function recoveryMessage(
  reason: string,
  damagedPath: string,
  databasePath: string,
  backup: BackupInfo | null,
): string {
  const what =
    `Your workshop database could not be read (${reason}). It has been moved to ` +
    `${damagedPath} — nothing was deleted — and a new, empty database was started at ${databasePath}.`;
  if (!backup) return `${what} No backup was found to restore.`;
  const when = formatDateTime(backup.createdAt);
  return `${what} The newest good backup, from ${when}, is at ${backup.path}. You can restore it now: your workshops as they were then will come back.`;
}

// Startup notices belong to the open database they describe; a restore clears them.
const noticesByDb = new WeakMap<Db, RecoveryNotice[]>();

/** Keeps the recovery notices of a database just opened, for the renderer to ask for. */
export function rememberRecoveryNotices(db: Db, notices: RecoveryNotice[]): void {
  if (notices.length > 0) noticesByDb.set(db, notices);
}

/** The recovery notices of an open database still worth telling the user about. */
export function recoveryNoticesOf(db: Db): RecoveryNotice[] {
  return noticesByDb.get(db) ?? [];
}

/** Forgets the notices once acted on. */
export function forgetRecoveryNotices(db: Db): void {
  noticesByDb.delete(db);
}
