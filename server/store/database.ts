import Database from 'better-sqlite3';

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

/** Opens a database file only to read it; never creates or changes it. */
export function openReadOnly(file: string): Db {
  return new Database(file, { readonly: true, fileMustExist: true });
}

export function openReadWrite(file: string): Db {
  const db = new Database(file);
  applyConnectionSettings(db);
  return db;
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

/** Closes the database after folding the WAL back into the main file. */
export function closeStore(db: Db): void {
  if (!db.open) return;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
