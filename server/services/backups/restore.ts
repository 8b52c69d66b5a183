import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/api/commands/backups';
import { AppError } from '../../errors/app-error';
import { openReadWrite, type Db } from '../../store/database';
import { runMigrations } from '../../store/migrate';
import { replaceAllRows } from '../../store/replace-all-rows';
import { migrations as allMigrations, type Migration } from '../../store/migrations';
import { listBackups } from './backup-files';
import { verifyDatabaseFile } from '../../store/verified-copy';
import { writeBackupNow } from './write-backup';

/**
 * A working copy of the backup, brought up to this app's schema: the backup itself is
 * never opened for writing, and an older one (taken before a migration) is migrated first.
 */
function prepareSource(backup: BackupInfo, folder: string, migrations: readonly Migration[]) {
  const latest = migrations.at(-1)?.version ?? 0;
  let version: number;
  try {
    version = verifyDatabaseFile(backup.path);
  } catch (error) {
    throw new AppError(
      'validation',
      `The backup ${backup.name} cannot be read (${error instanceof Error ? error.message : String(error)}). Choose another one.`,
    );
  }
  if (version > latest) {
    throw new AppError(
      'validation',
      `The backup ${backup.name} was made by a newer version of KAM Relationship Workshop. Please update the app to restore it.`,
    );
  }
  const working = join(folder, `restoring-${process.pid}-${Date.now()}.tmp`);
  copyFileSync(backup.path, working);
  if (version < latest) {
    const copy = openReadWrite(working);
    try {
      runMigrations(copy, migrations);
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
  }
  return working;
}

/**
 * Restores a backup by name: checks it, backs up the current state (a safety copy that is
 * never pruned), then puts the backup's data in place of the current data.
 */
export function restoreBackup(
  db: Db,
  folder: string,
  name: string,
  at: Date,
  migrations: readonly Migration[] = allMigrations,
): { restored: BackupInfo; safetyCopy: BackupInfo } {
  const restored = listBackups(folder).find((b) => b.name === name);
  if (!restored) throw new AppError('not-found', `There is no backup called ${name}.`);
  const working = prepareSource(restored, folder, migrations);
  try {
    const safetyCopy = writeBackupNow(db, folder, 'before-restore', at);
    replaceAllRows(db, working);
    return { restored, safetyCopy };
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(working + suffix, { force: true });
  }
}
