import type { Db } from './database';

const SOURCE = 'restore_source';

/**
 * Replaces every row of the live database with the rows of `file`, in one transaction on
 * the live connection: the handle the api holds stays valid, and a failure changes nothing.
 */
export function replaceAllRows(db: Db, file: string): void {
  db.prepare(`ATTACH DATABASE ? AS ${SOURCE}`).run(file);
  try {
    db.transaction(() => {
      // Rows go in table by table; references are checked once, at commit.
      db.pragma('defer_foreign_keys = ON');
      const tables = db
        .prepare(
          "SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )
        .pluck()
        .all() as string[];
      for (const table of tables) db.exec(`DELETE FROM main."${table}"`);
      for (const table of tables) {
        const columns = (db.pragma(`main.table_info("${table}")`) as Array<{ name: string }>)
          .map((c) => `"${c.name}"`)
          .join(', ');
        db.exec(
          `INSERT INTO main."${table}" (${columns}) SELECT ${columns} FROM ${SOURCE}."${table}"`,
        );
      }
    }).immediate();
  } finally {
    db.exec(`DETACH DATABASE ${SOURCE}`);
  }
}
