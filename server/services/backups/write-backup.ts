import { unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, BackupKind } from '../../../shared/api/commands/backups';
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

/** The scheduled backup, by SQLite's online backup so the app never stalls while it runs. */
export async function writeOnlineBackup(
  db: Db,
  folder: string,
  kind: MadeByApp,
  at: Date,
): Promise<BackupInfo> {
  const target = targetFor(folder, kind, at);
  await writeCheckedOnlineCopy(db, target);
  return listed(target);
}

/** A backup taken at once, for a user who is waiting or a restore about to replace the data. */
export function writeBackupNow(db: Db, folder: string, kind: MadeByApp, at: Date): BackupInfo {
  const target = targetFor(folder, kind, at);
  writeCheckedCopy(db, target);
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
