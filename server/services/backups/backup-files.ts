import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BackupInfo, BackupKind } from '../../../shared/api/commands/backups';
import type { Db } from '../../store/database';

/** The folder beside the database where every backup is kept. */
export const BACKUP_FOLDER = 'backups';

/** The file-name prefix of each kind; migrations add their version (before-migration-v2). */
const prefixOf: Record<Exclude<BackupKind, 'before-migration'>, string> = {
  automatic: 'auto',
  manual: 'manual',
  'before-restore': 'before-restore',
};

const NAME =
  /^(auto|manual|before-restore|before-migration-v\d+)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.db$/;

/** The backups folder of an open database file. */
export function backupFolderOf(db: Db): string {
  return join(dirname(db.name), BACKUP_FOLDER);
}

/** A backup's file name: its kind and the moment, e.g. auto-2026-11-25T02-48-33-123Z.db */
export function backupFileName(kind: Exclude<BackupKind, 'before-migration'>, at: Date): string {
  return `${prefixOf[kind]}-${at.toISOString().replace(/[:.]/g, '-')}.db`;
}

/** Reads a backup's kind and time from its name; null for any other file. */
export function parseBackupName(name: string): { kind: BackupKind; createdAt: string } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, prefix = '', day, hours, minutes, seconds, ms] = match;
  const kind: BackupKind =
    prefix === 'auto'
      ? 'automatic'
      : prefix.startsWith('before-migration')
        ? 'before-migration'
        : (prefix as BackupKind);
  const createdAt = `${day}T${hours}:${minutes}:${seconds}.${ms}Z`;
  return Number.isNaN(Date.parse(createdAt)) ? null : { kind, createdAt };
}

/** The backup at a path, as listed. */
export function backupInfo(path: string): BackupInfo | null {
  const name = path.split(/[\\/]/).at(-1) ?? '';
  const parsed = parseBackupName(name);
  if (!parsed) return null;
  return { name, path, ...parsed, sizeBytes: statSync(path).size };
}

/** Every backup in the folder, newest first; an absent folder has none. */
export function listBackups(folder: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .map((name) => backupInfo(join(folder, name)))
    .filter((info): info is BackupInfo => info !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
