import { mkdirSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, BackupKind } from '../../shared/api/commands/backups';
import {
  openReadOnly,
  openReadWrite,
  quickCheck,
  schemaVersionOf,
  type Db,
} from '../store/database';
import { backupFileName, backupInfo, listBackups } from './backup-files';
import { backupsToKeep } from './rotation';

type MadeByApp = Exclude<BackupKind, 'before-migration'>;

/** Proves a copy opens, passes quick_check and holds a schema; returns its schema version. */
export function verifyDatabaseFile(path: string): number {
  const copy = openReadOnly(path);
  try {
    const check = quickCheck(copy);
    if (check !== 'ok') throw new Error(`The copy failed its check (${check})`);
    const version = schemaVersionOf(copy);
    if (version < 1) throw new Error('The copy holds no workshop data');
    return version;
  } finally {
    copy.close();
  }
}

/** Makes a copy one self-contained file: a copy of a WAL database is in WAL mode too. */
function toRollbackJournal(path: string): void {
  const copy = openReadWrite(path);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(path + suffix, { force: true });
}

/** Checks the written `.partial` file and only then gives it its real name. */
function finish(partial: string, target: string): BackupInfo {
  try {
    toRollbackJournal(partial);
    verifyDatabaseFile(partial);
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
    throw error;
  }
  renameSync(partial, target);
  const info = backupInfo(target);
  if (!info) throw new Error(`A backup was written under a name it cannot be listed by: ${target}`);
  return info;
}

function targetFor(folder: string, kind: MadeByApp, at: Date) {
  mkdirSync(folder, { recursive: true });
  const target = join(folder, backupFileName(kind, at));
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  return { target, partial };
}

/**
 * The online backup (SQLite's backup API through better-sqlite3): pages are copied a
 * batch per turn of the event loop, so a large database never stalls the app while the
 * scheduled backup runs.
 */
export async function writeOnlineBackup(
  db: Db,
  folder: string,
  kind: MadeByApp,
  at: Date,
): Promise<BackupInfo> {
  const { target, partial } = targetFor(folder, kind, at);
  await db.backup(partial);
  return finish(partial, target);
}

/**
 * A backup taken at once, for a user who is waiting or a restore about to replace the
 * data: VACUUM INTO writes a transactionally consistent, compact copy in one call. It must
 * run outside any transaction.
 */
export function writeBackupNow(db: Db, folder: string, kind: MadeByApp, at: Date): BackupInfo {
  const { target, partial } = targetFor(folder, kind, at);
  db.prepare('VACUUM INTO ?').run(partial);
  return finish(partial, target);
}

/** Deletes the automatic backups the rotation no longer keeps; returns their names. */
export function pruneBackups(folder: string, now: Date): string[] {
  const rotating = listBackups(folder).filter((b) => b.kind === 'automatic');
  const keep = backupsToKeep(rotating, now);
  const pruned = rotating.filter((b) => !keep.has(b.name));
  for (const backup of pruned) unlinkSync(backup.path);
  return pruned.map((b) => b.name);
}
