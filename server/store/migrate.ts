import { join } from 'node:path';
import { schemaVersionOf, type Db } from './database';
import { writeCheckedCopy } from './verified-copy';
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
 * Writes a checked copy of the database before it is migrated and proves it has the same
 * schema version. Returns its path.
 */
export function writeVerifiedBackup(db: Db, backupDir: string, stamp: string): string {
  const version = schemaVersionOf(db);
  const target = join(backupDir, `before-migration-v${version}-${stamp}.db`);
  if (writeCheckedCopy(db, target) !== version) {
    throw new Error('The backup copy has the wrong version');
  }
  return target;
}
