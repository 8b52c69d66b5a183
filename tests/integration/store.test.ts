import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openReadOnly, quickCheck, schemaVersionOf } from '../../server/store/database';
import { migrations, latestSchemaVersion, type Migration } from '../../server/store/migrations';
import { upsertAnswer } from '../../server/store/repositories/answers';
import { insertParticipant } from '../../server/store/repositories/participants';
import { NewerDatabaseError, openStore } from '../../server/services/open-store';
import { closeStore } from '../../server/store/database';
import { insertWorkshop } from '../../server/store/repositories/workshops';
import { tempDir } from './helpers/temp-store';

const fixedNow = () => new Date('2026-11-25T10:00:00.000Z');
const workshop = {
  id: 'w1',
  title: 'Spring class',
  date: '2026-03-01',
  facilitator: 'Ann',
  client: 'Acme',
  mode: 'facilitated' as const,
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
};

/** An answer as versions before 6 wrote it: no record of who entered it. */
function insertAnswerAsBefore(
  db: Database.Database,
  participantId: string,
  exercise: string,
  payload: string,
  revision: number,
): void {
  db.prepare(
    `INSERT INTO answers (participant_id, exercise, account_id, payload, revision, updated_at)
     VALUES (?, ?, NULL, ?, ?, '2026-03-01T10:00:00.000Z')`,
  ).run(participantId, exercise, payload, revision);
}

function sha(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

describe('opening the store', () => {
  it('creates the database from empty at the latest schema, in WAL mode with foreign keys on', () => {
    const { db, file, notices } = openStore(tempDir());
    expect(file.endsWith('workshop.db')).toBe(true);
    expect(schemaVersionOf(db)).toBe(latestSchemaVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(notices).toEqual([]);
    closeStore(db);
  });

  it('declares every table STRICT', () => {
    const { db } = openStore(tempDir());
    const tables = db
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'",
      )
      .all() as Array<{ name: string; strict: number }>;
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.filter((t) => t.strict !== 1)).toEqual([]);
    closeStore(db);
  });

  it('finds everything again after closing and reopening', () => {
    const dir = tempDir();
    const first = openStore(dir);
    insertWorkshop(first.db, workshop);
    closeStore(first.db);
    const second = openStore(dir);
    expect(second.db.prepare('SELECT title FROM workshops').all()).toEqual([
      { title: 'Spring class' },
    ]);
    expect(second.notices).toEqual([]);
    closeStore(second.db);
  });

  it('refuses a database from a newer app version and leaves the file untouched', () => {
    const dir = tempDir();
    const { db, file } = openStore(dir);
    db.pragma(`user_version = ${latestSchemaVersion + 5}`);
    closeStore(db);
    const before = sha(file);
    expect(() => openStore(dir)).toThrow(NewerDatabaseError);
    expect(() => openStore(dir)).toThrow(
      /newer version of KAM Relationship Workshop.*Please update the app/,
    );
    expect(sha(file)).toBe(before);
    // A read-only look may leave an empty WAL companion; nothing may be written into it.
    expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0);
  });

  it('moves a damaged file aside, never deleting it, starts afresh and says where it went', () => {
    const dir = tempDir();
    const file = join(dir, 'workshop.db');
    const garbage = Buffer.alloc(8192, 0x5a);
    writeFileSync(file, garbage);
    const { db, notices } = openStore(dir, { now: fixedNow });
    expect(notices).toHaveLength(1);
    const notice = notices[0]!;
    expect(notice.kind).toBe('moved-aside');
    if (notice.kind !== 'moved-aside') return;
    expect(notice.damagedPath).toBe(join(dir, 'workshop.damaged-2026-11-25T10-00-00-000Z.db'));
    expect(readFileSync(notice.damagedPath)).toEqual(garbage);
    expect(notice.message).toContain(notice.damagedPath);
    expect(notice.message).toContain('nothing was deleted');
    expect(schemaVersionOf(db)).toBe(latestSchemaVersion);
    closeStore(db);
  });

  it('moves aside a file whose pages are corrupt even though its header is valid', () => {
    const dir = tempDir();
    const { db, file } = openStore(dir);
    for (let i = 0; i < 200; i++)
      insertWorkshop(db, { ...workshop, id: `w${i}`, title: 'x'.repeat(200) });
    closeStore(db);
    const bytes = readFileSync(file);
    bytes.fill(0xff, 4096 * 2, 4096 * 4); // clobber two b-tree pages, keep the header
    writeFileSync(file, bytes);
    const reopened = openStore(dir, { now: fixedNow });
    expect(reopened.notices.map((n) => n.kind)).toEqual(['moved-aside']);
    expect(readdirSync(dir).some((name) => name.startsWith('workshop.damaged-'))).toBe(true);
    closeStore(reopened.db);
  });
});

describe('migrations', () => {
  const addNotes: Migration = {
    version: latestSchemaVersion + 1,
    name: 'test-add-notes',
    sql: "ALTER TABLE workshops ADD COLUMN notes TEXT NOT NULL DEFAULT '';",
  };
  const broken: Migration = {
    version: latestSchemaVersion + 1,
    name: 'test-broken',
    sql: 'ALTER TABLE workshops ADD COLUMN notes TEXT; INSERT INTO no_such_table VALUES (1);',
  };

  it('runs each pending migration and records the version', () => {
    const dir = tempDir();
    closeStore(openStore(dir).db);
    const { db, notices } = openStore(dir, {
      migrations: [...migrations, addNotes],
      now: fixedNow,
    });
    expect(schemaVersionOf(db)).toBe(addNotes.version);
    expect(
      db
        .prepare("SELECT count(*) AS n FROM pragma_table_info('workshops') WHERE name = 'notes'")
        .get(),
    ).toEqual({ n: 1 });
    expect(notices.map((n) => n.kind)).toEqual(['migrated']);
    closeStore(db);
  });

  it('writes a verified backup of an existing file before migrating it, with the data in it', () => {
    const dir = tempDir();
    const first = openStore(dir);
    insertWorkshop(first.db, workshop);
    closeStore(first.db);
    const { db, notices } = openStore(dir, {
      migrations: [...migrations, addNotes],
      now: fixedNow,
    });
    const notice = notices[0];
    if (notice?.kind !== 'migrated' || !notice.backupPath) throw new Error('no backup notice');
    expect(notice.backupPath).toBe(
      join(dir, 'backups', `before-migration-v${latestSchemaVersion}-2026-11-25T10-00-00-000Z.db`),
    );
    const backup = openReadOnly(notice.backupPath);
    expect(quickCheck(backup)).toBe('ok');
    expect(schemaVersionOf(backup)).toBe(latestSchemaVersion);
    expect(backup.prepare('SELECT title FROM workshops').all()).toEqual([
      { title: 'Spring class' },
    ]);
    backup.close();
    closeStore(db);
  });

  it('migrates a version-1 file with data in it to the latest version, keeping the data', () => {
    const dir = tempDir();
    const v1 = openStore(dir, { migrations: migrations.slice(0, 1) });
    insertWorkshop(v1.db, workshop);
    closeStore(v1.db);
    const { db, notices } = openStore(dir, { now: fixedNow });
    expect(schemaVersionOf(db)).toBe(latestSchemaVersion);
    expect(db.prepare('SELECT title FROM workshops').all()).toEqual([{ title: 'Spring class' }]);
    expect(notices).toEqual([
      expect.objectContaining({ kind: 'migrated', from: 1, to: latestSchemaVersion }),
    ]);
    closeStore(db);
  });

  it('rebuilds the answers table without the letter check, keeping every answer and its key', () => {
    const dir = tempDir();
    const v3 = openStore(dir, { migrations: migrations.slice(0, 3) });
    insertWorkshop(v3.db, workshop);
    insertParticipant(
      v3.db,
      { id: 'p1', workshopId: workshop.id, name: 'Ann' },
      workshop.createdAt,
    );
    insertAnswerAsBefore(v3.db, 'p1', 'A', '{"items":[1]}', 2);
    closeStore(v3.db);
    const { db } = openStore(dir, { now: fixedNow });
    expect(db.prepare('SELECT exercise, payload, revision FROM answers').all()).toEqual([
      { exercise: 'A', payload: '{"items":[1]}', revision: 2 },
    ]);
    // The key stays unique: a save of the same answer is one more revision of it.
    upsertAnswer(
      db,
      { participantId: 'p1', exercise: 'A', accountId: null },
      '{}',
      'later',
      'trainer',
    );
    expect(db.prepare('SELECT count(*) AS n, max(revision) AS r FROM answers').get()).toEqual({
      n: 1,
      r: 3,
    });
    closeStore(db);
  });

  it('marks the answers of facilitated workshops as entered by the trainer and self-study ones by the learner', () => {
    const dir = tempDir();
    const v5 = openStore(dir, { migrations: migrations.slice(0, 5) });
    insertWorkshop(v5.db, workshop);
    insertWorkshop(v5.db, { ...workshop, id: 'w2', mode: 'self-study' });
    insertParticipant(v5.db, { id: 'p1', workshopId: 'w1', name: 'Ann' }, workshop.createdAt);
    insertParticipant(v5.db, { id: 'p2', workshopId: 'w2', name: 'Me' }, workshop.createdAt);
    insertAnswerAsBefore(v5.db, 'p1', 'A', '{"items":[]}', 4);
    insertAnswerAsBefore(v5.db, 'p1', 'B', '{"items":[]}', 1);
    insertAnswerAsBefore(v5.db, 'p2', 'A', '{"items":[]}', 7);
    closeStore(v5.db);
    const { db } = openStore(dir, { now: fixedNow });
    expect(
      db
        .prepare(
          'SELECT participant_id AS p, exercise, revision, entered_by AS by FROM answers ORDER BY 1, 2',
        )
        .all(),
    ).toEqual([
      { p: 'p1', exercise: 'A', revision: 4, by: 'trainer' },
      { p: 'p1', exercise: 'B', revision: 1, by: 'trainer' },
      { p: 'p2', exercise: 'A', revision: 7, by: 'learner' },
    ]);
    expect(() =>
      db.prepare("UPDATE answers SET entered_by = 'someone' WHERE participant_id = 'p1'").run(),
    ).toThrow(/CHECK constraint/);
    closeStore(db);
  });

  it('rolls a failing migration back whole and keeps the data as it was', () => {
    const dir = tempDir();
    const first = openStore(dir);
    insertWorkshop(first.db, workshop);
    closeStore(first.db);
    expect(() => openStore(dir, { migrations: [...migrations, broken] })).toThrow(/no such table/);
    const check = new Database(join(dir, 'workshop.db'), { readonly: true });
    expect(schemaVersionOf(check)).toBe(latestSchemaVersion);
    expect(
      check
        .prepare("SELECT count(*) AS n FROM pragma_table_info('workshops') WHERE name = 'notes'")
        .get(),
    ).toEqual({ n: 0 });
    expect(check.prepare('SELECT title FROM workshops').all()).toEqual([{ title: 'Spring class' }]);
    check.close();
  });
});
