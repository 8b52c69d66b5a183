import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openReadOnly, quickCheck, schemaVersionOf, type Db } from './database';
import type { Migration } from './migrations';

/** Runs every migration newer than the file's version, each in its own transaction. */
export function runMigrations(db: Db, migrations: readonly Migration[]): number[] {
  const ran: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= schemaVersionOf(db)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
    ran.push(migration.version);
  }
  return ran;
}

/**
 * Writes a consistent copy of the database before it is migrated, and proves the copy
 * opens, passes quick_check and has the same schema version. Returns its path.
 */
export function writeVerifiedBackup(db: Db, backupDir: string, stamp: string): string {
  mkdirSync(backupDir, { recursive: true });
  const version = schemaVersionOf(db);
  const target = join(backupDir, `before-migration-v${version}-${stamp}.db`);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  // VACUUM INTO writes a transactionally consistent copy, WAL contents included.
  db.prepare('VACUUM INTO ?').run(partial);
  const copy = openReadOnly(partial);
  try {
    const check = quickCheck(copy);
    if (check !== 'ok') throw new Error(`The backup copy failed its check (${check})`);
    if (schemaVersionOf(copy) !== version) throw new Error('The backup copy has the wrong version');
  } finally {
    copy.close();
  }
  renameSync(partial, target);
  return target;
}
