import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { openReadOnly, openReadWrite, quickCheck, schemaVersionOf, type Db } from './database';

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

/** Where a copy is written until it has passed its checks; never left behind. */
function partialFor(target: string): string {
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  return partial;
}

/** Removes a copy that failed, with any journal files SQLite made beside it. */
function removePartial(partial: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
}

/** Checks a written `.partial` copy and only then gives it its real name; returns its version. */
function finish(partial: string, target: string): number {
  toRollbackJournal(partial);
  const version = verifyDatabaseFile(partial);
  renameSync(partial, target);
  return version;
}

/**
 * Writes a checked copy at once: VACUUM INTO gives a transactionally consistent, compact
 * copy in one call (WAL contents included). It must run outside any transaction. A copy that
 * fails at any point (a full disk, say) leaves nothing behind.
 */
export function writeCheckedCopy(db: Db, target: string): number {
  const partial = partialFor(target);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    return finish(partial, target);
  } catch (error) {
    removePartial(partial);
    throw error;
  }
}

/**
 * Writes a checked copy with SQLite's online backup: pages are copied a batch per turn of
 * the event loop, so a large database never stalls the app while it runs. A copy that fails
 * leaves nothing behind.
 */
export async function writeCheckedOnlineCopy(db: Db, target: string): Promise<number> {
  const partial = partialFor(target);
  try {
    await db.backup(partial);
    return finish(partial, target);
  } catch (error) {
    removePartial(partial);
    throw error;
  }
}
