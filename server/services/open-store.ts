import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RecoveryNotice } from '../../shared/api/commands/backups';
import { BACKUP_FOLDER, listBackups } from './backups/backup-files';
import { newestGoodBackup, recoveryMessage, rememberRecoveryNotices } from './backups/recovery';
import { takeUnbackedMark } from './backups/unbacked-mark';
import { refuseInaccessible, unavailableFrom } from './database-unavailable';
import {
  integrityCheck,
  isDamageError,
  isLockedError,
  openReadOnly,
  openReadWrite,
  quickCheck,
  schemaVersionOf,
  type Db,
} from '../store/database';
import { runMigrations, writeVerifiedBackup } from '../store/migrate';
import { latestSchemaVersion, migrations, type Migration } from '../store/migrations';

export const DATABASE_FILE = 'workshop.db';

/** Something the user should be told about how their data was opened. */
export type StoreNotice =
  /** The damaged file's new path, the fresh database's path and the newest good backup on offer. */
  RecoveryNotice | { kind: 'migrated'; from: number; to: number; backupPath: string | null };

export interface OpenedStore {
  db: Db;
  file: string;
  notices: StoreNotice[];
  /** The file was too large for the full integrity check at start: run it in the background. */
  integrityCheckDue: boolean;
  /**
   * The app last closed the file cleanly (its journal was folded in). When not, it may hold
   * work that is in no backup yet.
   */
  closedCleanly: boolean;
}

/**
 * The largest file checked in full (integrity_check, every index against its table) before
 * the app starts: about 0.1 s of reading on a laptop's disk. Larger files get the quick check
 * at start and the full one in the background (store-upkeep.ts).
 */
export const FULL_CHECK_AT_START_MAX_BYTES = 64 * 1024 * 1024;

/** The file was written by a newer app; it is left exactly as it was. */
export class NewerDatabaseError extends Error {
  constructor(
    readonly file: string,
    readonly fileVersion: number,
    readonly readableVersion: number = latestSchemaVersion,
  ) {
    super(
      `This workshop database (${file}) was saved by a newer version of KAM Relationship ` +
        `Workshop (data format ${fileVersion}; this version reads up to ${readableVersion}). ` +
        'Please update the app to open it. The file has not been changed.',
    );
    this.name = 'NewerDatabaseError';
  }
}

type Inspection =
  | { state: 'ok'; version: number; fullyChecked: boolean }
  | { state: 'new' }
  | { state: 'damaged'; reason: string };

/**
 * Looks at an existing file without changing it: is it readable, and which version? Only
 * damage is reported as such; a file that cannot be read for any other reason (locked by
 * another program, say) is refused with DatabaseUnavailableError and left alone.
 */
function inspect(file: string, backupFolder: string, fullCheckMaxBytes: number): Inspection {
  const size = statSync(file).size;
  if (size === 0) {
    // SQLite takes an empty file for a new database. With backups beside it, a database was
    // here before: its emptiness is damage, and the backups are what to offer.
    return listBackups(backupFolder).length > 0
      ? { state: 'damaged', reason: 'the file is empty' }
      : { state: 'new' };
  }
  let db: Db | undefined;
  try {
    db = openReadOnly(file);
    const fullyChecked = size <= fullCheckMaxBytes;
    const check = fullyChecked ? integrityCheck(db) : quickCheck(db);
    if (check !== 'ok') return { state: 'damaged', reason: check };
    return { state: 'ok', version: schemaVersionOf(db), fullyChecked };
  } catch (error) {
    if (isDamageError(error)) {
      return { state: 'damaged', reason: error instanceof Error ? error.message : String(error) };
    }
    throw unavailableFrom(file, error);
  } finally {
    db?.close();
  }
}

/** Moves a damaged file (and its WAL companions) aside, never deleting it. */
function moveAside(file: string, stamp: string): string {
  const damagedPath = file.replace(/\.db$/, `.damaged-${stamp}.db`);
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, damagedPath + suffix);
  }
  return damagedPath;
}

/** A file-name-safe timestamp: 2026-11-25T02-48-33-123Z */
export function fileStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export interface OpenStoreOptions {
  now?: () => Date;
  /** The migrations to bring the file up to; tests pass their own. */
  migrations?: readonly Migration[];
  /** Files up to this size are checked in full at start; FULL_CHECK_AT_START_MAX_BYTES unless given. */
  fullCheckAtStartMaxBytes?: number;
}

/**
 * Opens `<dataDir>/workshop.db`, creating or migrating it. A damaged file is moved aside and
 * a fresh one started; a file from a newer app (NewerDatabaseError) and a file that cannot be
 * used now — locked, unreadable, read-only (DatabaseUnavailableError) — are refused untouched.
 */
export function openStore(dataDir: string, options: OpenStoreOptions = {}): OpenedStore {
  const now = options.now ?? (() => new Date());
  const wanted = options.migrations ?? migrations;
  const latest = wanted.at(-1)?.version ?? 0;
  const file = join(dataDir, DATABASE_FILE);
  const backupFolder = join(dataDir, BACKUP_FOLDER);
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw unavailableFrom(file, error);
  }
  refuseInaccessible(file);
  const notices: StoreNotice[] = [];
  // A clean close folds the journal in and empties it; one with content was left by a crash.
  const journal = `${file}-wal`;
  const unbacked = takeUnbackedMark(file);
  let closedCleanly = !unbacked && (!existsSync(journal) || statSync(journal).size === 0);

  let existingVersion = 0;
  let integrityCheckDue = false;
  if (existsSync(file)) {
    const found = inspect(
      file,
      backupFolder,
      options.fullCheckAtStartMaxBytes ?? FULL_CHECK_AT_START_MAX_BYTES,
    );
    if (found.state === 'damaged') {
      const damagedPath = moveAside(file, fileStamp(now()));
      closedCleanly = true;
      const backup = newestGoodBackup(backupFolder, latest);
      notices.push({
        kind: 'moved-aside',
        damagedPath,
        databasePath: file,
        backup,
        message: recoveryMessage(found.reason, damagedPath, file, backup),
      });
    } else if (found.state === 'ok' && found.version > latest) {
      throw new NewerDatabaseError(file, found.version, latest);
    } else if (found.state === 'ok') {
      existingVersion = found.version;
      integrityCheckDue = !found.fullyChecked;
    }
  }

  let db: Db;
  try {
    db = openReadWrite(file);
  } catch (error) {
    throw isDamageError(error) ? error : unavailableFrom(file, error);
  }
  try {
    if (existingVersion < latest) {
      const backupPath =
        existingVersion > 0 ? writeVerifiedBackup(db, backupFolder, fileStamp(now())) : null;
      runMigrations(db, wanted);
      if (existingVersion > 0) {
        notices.push({ kind: 'migrated', from: existingVersion, to: latest, backupPath });
      }
    }
  } catch (error) {
    db.close();
    // Another program taking the lock between the check and the migration is no bug.
    throw isLockedError(error) ? unavailableFrom(file, error) : error;
  }
  // The renderer asks for these later (store:notices) to offer the backup.
  rememberRecoveryNotices(
    db,
    notices.filter((n): n is RecoveryNotice => n.kind === 'moved-aside'),
  );
  return { db, file, notices, integrityCheckDue, closedCleanly };
}
