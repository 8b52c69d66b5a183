import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError } from '../../server/services/database-unavailable';
import { openStore } from '../../server/services/open-store';
import { closeStore } from '../../server/store/database';
import { insertWorkshop } from '../../server/store/repositories/workshops';
import { writeBackupNow } from '../../server/services/backups/write-backup';
import { backupFolderOf } from '../../server/services/backups/backup-files';
import { exitCodeOf, spawnTs, waitForOutput } from './helpers/child';
import {
  canMountPrivately,
  canRunAsNobody,
  reportOf,
  spawnTsAsNobody,
  spawnTsOnReadOnlyFolder,
  spawnTsOnSmallDisk,
} from './helpers/confined-child';
import { tempDir } from './helpers/temp-store';
import { workshopRow } from './helpers/fixtures';

const OPEN_STORE_CHILD = 'tests/integration/helpers/open-store-child.ts';
const NOBODY = 65534;

interface ChildReport {
  opened: boolean;
  name?: string;
  reason?: string;
  message?: string;
  notices?: Array<{ kind: string }>;
}

const workshop = (id: string) => workshopRow(id, `Workshop ${id}`);

/** A data folder holding a healthy database with one workshop, closed cleanly. */
function healthyStore(dir = tempDir()): { dir: string; file: string } {
  const { db, file } = openStore(dir);
  insertWorkshop(db, workshop('w1'));
  closeStore(db);
  return { dir, file };
}

/** Every file in the folder with a hash of its bytes: proves nothing was moved or changed. */
function contentsOf(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [
        entry.name,
        createHash('sha256')
          .update(readFileSync(join(dir, entry.name)))
          .digest('hex'),
      ]),
  );
}

describe('a database that is not damaged but cannot be used now is left alone', () => {
  it('refuses a database locked by another program, which goes on writing to the same file', async () => {
    const { dir, file } = healthyStore();
    const holder = spawnTs('tests/integration/helpers/lock-holder.ts', [file], { stdin: 'pipe' });
    await waitForOutput(holder, /locked/);

    let refusal: unknown;
    try {
      closeStore(openStore(dir).db);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DatabaseUnavailableError);
    expect((refusal as DatabaseUnavailableError).reason).toBe('locked');
    expect((refusal as Error).message).toMatch(/locked by another program/);
    expect((refusal as Error).message).toContain(file);
    expect((refusal as Error).message).toMatch(/has not been changed/);
    expect(readdirSync(dir).filter((name) => name.includes('damaged'))).toEqual([]);

    holder.stdin!.write('write\n');
    await waitForOutput(holder, /wrote 2/);
    holder.stdin!.write('done\n');
    expect(await exitCodeOf(holder)).toBe(0);
    const check = new Database(file, { readonly: true });
    expect(check.prepare('SELECT id FROM workshops ORDER BY id').all()).toEqual([
      { id: 'held-1' },
      { id: 'held-2' },
      { id: 'w1' },
    ]);
    check.close();
  });

  it.skipIf(!canRunAsNobody)(
    'refuses a database this user may not read, saying so, and moves nothing',
    async () => {
      const dir = tempDir();
      chmodSync(dir, 0o755);
      const { file } = healthyStore(dir);
      chmodSync(file, 0o600);
      // The folder is the user's own, so moving the file aside would succeed: it must not happen.
      chownSync(dir, NOBODY, NOBODY);
      const before = contentsOf(dir);

      const report = await reportOf<ChildReport>(spawnTsAsNobody(OPEN_STORE_CHILD, [dir]));
      expect(report).toMatchObject({ opened: false, reason: 'unreadable' });
      expect(report.message).toContain(file);
      expect(report.message).toMatch(/permission/);
      expect(contentsOf(dir)).toEqual(before);
    },
  );

  it.skipIf(!canMountPrivately)(
    'refuses a database in a read-only folder, saying so, and moves nothing',
    async () => {
      const { dir, file } = healthyStore();
      const before = contentsOf(dir);

      const report = await reportOf<ChildReport>(
        spawnTsOnReadOnlyFolder(dir, OPEN_STORE_CHILD, [dir]),
      );
      expect(report).toMatchObject({ opened: false, reason: 'read-only' });
      expect(report.message).toContain(file);
      expect(report.message).toMatch(/read-only disk/);
      expect(contentsOf(dir)).toEqual(before);
    },
  );

  it.skipIf(!canMountPrivately)(
    'refuses a read-only folder left by a crash (journal files present) instead of starting with every write failing',
    async () => {
      const source = tempDir();
      const { db, file } = openStore(source);
      insertWorkshop(db, workshop('w1'));
      // A copy taken while the app runs is what a crash leaves: the change is only in the WAL.
      const dir = tempDir();
      for (const suffix of ['', '-wal', '-shm']) {
        copyFileSync(file + suffix, join(dir, `workshop.db${suffix}`));
      }
      closeStore(db);
      const before = contentsOf(dir);
      expect(Object.keys(before).sort()).toEqual([
        'workshop.db',
        'workshop.db-shm',
        'workshop.db-wal',
      ]);

      const report = await reportOf<ChildReport>(
        spawnTsOnReadOnlyFolder(dir, OPEN_STORE_CHILD, [dir]),
      );
      expect(report).toMatchObject({ opened: false, reason: 'read-only' });
      expect(contentsOf(dir)).toEqual(before);
    },
  );

  it('refuses a folder where the database file should be, and moves nothing', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'workshop.db'));
    writeFileSync(join(dir, 'workshop.db', 'note.txt'), 'not a database');
    expect(() => openStore(dir)).toThrow(DatabaseUnavailableError);
    expect(() => openStore(dir)).toThrow(/it is a folder, not a file/);
    expect(readdirSync(dir)).toEqual(['workshop.db']);
  });
});

describe('an empty database file', () => {
  it('is damage when backups show a database was there: kept aside, the newest good backup offered', () => {
    const { dir, file } = healthyStore();
    const { db } = openStore(dir);
    const backup = writeBackupNow(
      db,
      backupFolderOf(db),
      'manual',
      new Date('2026-11-24T18:00:00Z'),
    );
    closeStore(db);
    writeFileSync(file, '');

    const { db: reopened, notices } = openStore(dir, {
      now: () => new Date('2026-11-25T10:00:00.000Z'),
    });
    expect(notices).toEqual([
      expect.objectContaining({
        kind: 'moved-aside',
        damagedPath: join(dir, 'workshop.damaged-2026-11-25T10-00-00-000Z.db'),
        backup: expect.objectContaining({ name: backup.name }),
      }),
    ]);
    expect(notices[0]!.kind === 'moved-aside' && notices[0]!.message).toMatch(/the file is empty/);
    expect(readFileSync(join(dir, 'workshop.damaged-2026-11-25T10-00-00-000Z.db'))).toHaveLength(0);
    closeStore(reopened);
  });

  it('is a new database when nothing shows one was ever there', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'workshop.db'), '');
    const { db, notices } = openStore(dir);
    expect(notices).toEqual([]);
    expect(readdirSync(dir).filter((name) => name.includes('damaged'))).toEqual([]);
    closeStore(db);
  });
});

describe('a full disk', () => {
  it.skipIf(!canMountPrivately)(
    'refuses the save that does not fit, then closes the store cleanly saying why the journal stays, losing nothing',
    async () => {
      const dir = tempDir();
      const report = await reportOf<{
        saved: number;
        refusal: { code: string; message: string } | null;
        closed: { journalFolded: boolean; reason?: string };
        revisionOnDisk: number;
      }>(spawnTsOnSmallDisk(dir, 1024, 'tests/integration/helpers/full-disk-child.ts', [dir]));
      expect(report.saved).toBeGreaterThan(5);
      expect(report.refusal).toMatchObject({ code: 'unavailable', message: /disk is full/ });
      expect(report.closed).toEqual({
        journalFolded: false,
        reason: expect.stringMatching(/disk is full/),
      });
      expect(report.revisionOnDisk).toBe(report.saved);
    },
  );

  it.skipIf(!canMountPrivately)(
    'refuses a backup that does not fit, saying so, and leaves no partial copy behind',
    async () => {
      const dir = tempDir();
      const report = await reportOf<{
        manual: { ok: boolean; error?: { code: string; message: string } };
        scheduled: string;
        left: string[];
      }>(
        spawnTsOnSmallDisk(dir, 8192, 'tests/integration/helpers/full-disk-backup-child.ts', [dir]),
      );
      expect(report.left.filter((name) => name.endsWith('.partial'))).toEqual([]);
      expect(report.manual).toEqual({
        ok: false,
        error: {
          code: 'unavailable',
          message: expect.stringMatching(/backup could not be written.*disk is full/i),
        },
      });
      expect(report.scheduled).toMatch(/full/);
    },
  );
});
