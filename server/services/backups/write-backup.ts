import { unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, BackupKind } from '../../../shared/api/commands/backups';
import { AppError, sqliteCodeOf } from '../../errors/app-error';
import type { Db } from '../../store/database';
import { writeCheckedCopy, writeCheckedOnlineCopy } from '../../store/verified-copy';
import { backupFileName, backupInfo, listBackups } from './backup-files';
import { backupsToKeep } from './rotation';

type MadeByApp = Exclude<BackupKind, 'before-migration'>;

function targetFor(folder: string, kind: MadeByApp, at: Date): string {
  return join(folder, backupFileName(kind, at));
}

/** The listing entry of a backup just written. */
function listed(target: string): BackupInfo {
  const info = backupInfo(target);
  if (!info) throw new Error(`A backup was written under a name it cannot be listed by: ${target}`);
  return info;
}

/** A backup that could not be written for want of space or a working disk, said as such. */
function asBackupFailure(error: unknown): unknown {
  const code = sqliteCodeOf(error) ?? (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const noRoom =
    code === 'SQLITE_FULL' ||
    code.startsWith('SQLITE_IOERR') ||
    code === 'ENOSPC' ||
    code === 'EIO';
  if (!noRoom) return error;
  return new AppError(
    'unavailable',
    'The backup could not be written: the disk is full or cannot be written. Free some space ' +
      'and try again. Your workshops are unchanged.',
  );
}

/** The scheduled backup, by SQLite's online backup so the app never stalls while it runs. */
export async function writeOnlineBackup(
  db: Db,
  folder: string,
  kind: MadeByApp,
  at: Date,
): Promise<BackupInfo> {
  const target = targetFor(folder, kind, at);
  try {
    await writeCheckedOnlineCopy(db, target);
  } catch (error) {
    throw asBackupFailure(error);
  }
  return listed(target);
}

/** A backup taken at once, for a user who is waiting or a restore about to replace the data. */
export function writeBackupNow(db: Db, folder: string, kind: MadeByApp, at: Date): BackupInfo {
  const target = targetFor(folder, kind, at);
  try {
    writeCheckedCopy(db, target);
  } catch (error) {
    throw asBackupFailure(error);
  }
  return listed(target);
}

/** Deletes the automatic backups the rotation no longer keeps; returns their names. */
export function pruneBackups(folder: string, now: Date): string[] {
  const rotating = listBackups(folder).filter((b) => b.kind === 'automatic');
  const keep = backupsToKeep(rotating, now);
  const pruned = rotating.filter((b) => !keep.has(b.name));
  for (const backup of pruned) unlinkSync(backup.path);
  return pruned.map((b) => b.name);
}
