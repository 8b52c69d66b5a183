import Database from 'better-sqlite3';
import { sqliteCodeOf } from '../errors/app-error';

/** The handle every repository function takes first. */
export type Db = Database.Database;

/**
 * Connection settings for the app's database.
 * - WAL: readers never block the writer, and a crash cannot corrupt the file.
 * - synchronous=NORMAL: in WAL mode a commit is durable against the app crashing or
 *   being killed (the OS keeps the write); only a power cut or OS crash may roll back
 *   the last commits before a checkpoint, never corrupt the file. FULL would fsync on
 *   every keystroke-driven save for a guarantee a classroom laptop rarely needs.
 * - foreign keys on: deleting a workshop removes its people, accounts and answers.
 * - busy_timeout: the browser host and the desktop app may share one file.
 */
export function applyConnectionSettings(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/** SQLite's own checkpoint once the WAL holds this many pages (its default). */
const AUTOMATIC_CHECKPOINT_PAGES = 1000;

/**
 * Whether a commit that fills the WAL also folds it into the file (SQLite's default), or
 * leaves that to another connection (the store worker).
 */
export function setAutomaticCheckpoints(db: Db, on: boolean): void {
  db.pragma(`wal_autocheckpoint = ${on ? AUTOMATIC_CHECKPOINT_PAGES : 0}`);
}

/** Opens a database file only to read it; never creates or changes it. */
export function openReadOnly(file: string): Db {
  return new Database(file, { readonly: true, fileMustExist: true });
}

export function openReadWrite(file: string): Db {
  const db = new Database(file);
  try {
    applyConnectionSettings(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Rows changed through this connection since it was opened: every change moves it on. */
export function changesSinceOpen(db: Db): number {
  return db.prepare('SELECT total_changes()').pluck().get() as number;
}

/** The schema version recorded in the file. */
export function schemaVersionOf(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** SQLite's quick integrity check: 'ok', or the first problem it found. */
export function quickCheck(db: Db): string {
  const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
  return rows.map((r) => r.quick_check).join('; ') || 'no answer';
}

/** How many problems a full check reports at most: enough to say what is wrong. */
export const INTEGRITY_PROBLEMS_REPORTED = 5;

/**
 * SQLite's full integrity check: 'ok', or the first problems it found. Unlike the quick check
 * it also proves every index matches its table (a row missing from an index is damage).
 */
export function integrityCheck(db: Db): string {
  const rows = db.pragma(`integrity_check(${INTEGRITY_PROBLEMS_REPORTED})`) as Array<{
    integrity_check: string;
  }>;
  return rows.map((r) => r.integrity_check).join('; ') || 'no answer';
}

/** The file's content is damaged or is not a database: only this justifies moving it aside. */
export function isDamageError(error: unknown): boolean {
  const code = sqliteCodeOf(error);
  return code !== null && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/** Another connection (another program) holds a lock the operation needed. */
export function isLockedError(error: unknown): boolean {
  const code = sqliteCodeOf(error);
  return code !== null && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** How a database was closed: its journal folded back into the file, or why not. */
export type CloseReport = { journalFolded: true } | { journalFolded: false; reason: string };

/**
 * Closes the database after folding the WAL back into the main file. Folding it in can fail
 * (a full disk): nothing is lost then, since the WAL stays beside the file and SQLite folds it
 * in at the next open; the database is closed all the same and the reason is returned.
 */
export function closeStore(db: Db): CloseReport {
  if (!db.open) return { journalFolded: true };
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { journalFolded: true };
  } catch (error) {
    return { journalFolded: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    db.close();
  }
}
