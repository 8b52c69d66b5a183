import { copyFileSync, cpSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { callCommand, createApi } from '../../server/api/create-api';
import { listBackups } from '../../server/services/backups/backup-files';
import { AFTER_USE_MS, startBackupSchedule } from '../../server/services/backups/schedule';
import { startStoreUpkeep } from '../../server/services/store-upkeep';
import { writeBackupNow } from '../../server/services/backups/write-backup';
import { verifyDatabaseFile } from '../../server/store/verified-copy';
import { closeStore } from '../../server/store/database';
import { DATABASE_FILE, NewerDatabaseError, openStore } from '../../server/services/open-store';
import { errorOf, valueOf } from './helpers/expect-result';
import { openTestApi, snapshot, tempDir } from './helpers/temp-store';
import { workshopFields } from './helpers/fixtures';

const fields = workshopFields;

const AFTER_USE_HOURS = AFTER_USE_MS / (60 * 60 * 1000);

/** Noon local time, `day` days after 1 March 2026. */
function day(n: number): Date {
  return new Date(2026, 2, 1 + n, 12, 0, 0);
}

describe('automatic backups', () => {
  it('keeps the newest of each of the last 7 days and of the 4 weeks before, over 60 days', async () => {
    const { db } = openTestApi();
    let now = day(0);
    const schedule = startBackupSchedule(db, { now: () => now, checkEveryMs: 1e9 });
    await schedule.runOnce();
    for (let n = 1; n < 60; n++) {
      now = day(n);
      expect(await schedule.runOnce()).not.toBeNull();
    }
    await schedule.stop();
    const kept = listBackups(join(tempDirOf(db.name), 'backups')).map((b) => b.createdAt);
    // Worked out independently: days 53–59 one by one, then the last day of each of the
    // four calendar weeks (Monday to Sunday) before day 53 that hold a backup.
    const daily = [59, 58, 57, 56, 55, 54, 53];
    const lastOfWeek = (n: number) => day(n + 1).getDay() === 1;
    const weekly = [
      52, 51, 50, 49, 48, 47, 46, 45, 44, 43, 42, 41, 40, 39, 38, 37, 36, 35, 34, 33, 32, 31, 30,
      29, 28,
    ]
      .filter((n, i) => i === 0 || lastOfWeek(n))
      .slice(0, 4);
    const expected = [...daily, ...weekly].map((n) => day(n).toISOString());
    expect(kept).toEqual(expected);
  });

  it('makes at most one backup a day, however often it checks', async () => {
    const { db } = openTestApi();
    let now = day(0);
    const schedule = startBackupSchedule(db, { now: () => now, checkEveryMs: 1e9 });
    expect(await schedule.runOnce()).not.toBeNull();
    now = new Date(day(0).getTime() + 3 * 60 * 60 * 1000);
    expect(await schedule.runOnce()).toBeNull();
    await schedule.stop();
    expect(listBackups(join(tempDirOf(db.name), 'backups'))).toHaveLength(1);
  });

  it('writes backups that pass quick_check and hold the data', async () => {
    const { api, db } = openTestApi();
    valueOf(callCommand(api, 'workshops:create', fields));
    const schedule = startBackupSchedule(db, { checkEveryMs: 1e9 });
    await schedule.stop();
    const [backup] = listBackups(join(tempDirOf(db.name), 'backups'));
    expect(backup?.kind).toBe('automatic');
    expect(verifyDatabaseFile(backup!.path)).toBeGreaterThan(0);
    const copy = new Database(backup!.path, { readonly: true });
    expect(copy.prepare('SELECT title FROM workshops').pluck().all()).toEqual(['Spring class']);
    copy.close();
  });
});

describe('backups of a session’s work', () => {
  function workshopsIn(backupPath: string): string[] {
    const copy = new Database(backupPath, { readonly: true });
    const titles = copy.prepare('SELECT title FROM workshops ORDER BY title').pluck().all();
    copy.close();
    return titles as string[];
  }

  it('backs up on close when work was done since the last backup, and not when none was', async () => {
    const dir = tempDir();
    let now = new Date(2026, 2, 2, 9, 0);
    const opened = openStore(dir);
    const api = createApi({ db: opened.db });
    const upkeep = startStoreUpkeep(opened, { now: () => now });
    await upkeep.backups.runOnce();
    now = new Date(2026, 2, 2, 10, 30);
    valueOf(callCommand(api, 'workshops:create', fields));
    now = new Date(2026, 2, 2, 12, 0);
    await upkeep.close();

    const backups = listBackups(join(dir, 'backups'));
    expect(backups.map((b) => b.createdAt)).toEqual([new Date(2026, 2, 2, 12, 0).toISOString()]);
    expect(workshopsIn(backups[0]!.path)).toEqual(['Spring class']);

    // Opened again and closed without a change: no backup is added.
    now = new Date(2026, 2, 2, 13, 0);
    const again = startStoreUpkeep(openStore(dir), { now: () => now });
    await again.close();
    expect(listBackups(join(dir, 'backups'))).toHaveLength(1);
  });

  it('closes at once when the app quits without waiting, and the next start backs up what no backup holds', async () => {
    const dir = tempDir();
    let now = new Date(2026, 2, 2, 9, 0);
    const opened = openStore(dir);
    const api = createApi({ db: opened.db });
    const upkeep = startStoreUpkeep(opened, { now: () => now });
    await upkeep.backups.runOnce();
    valueOf(callCommand(api, 'workshops:create', fields));
    expect(upkeep.closeAtQuit()).toBeNull();
    expect(opened.db.open).toBe(false);
    expect(listBackups(join(dir, 'backups')), 'nothing made while quitting').toHaveLength(1);

    now = new Date(2026, 2, 2, 10, 0);
    const next = startStoreUpkeep(openStore(dir), { now: () => now });
    // The day keeps its newest backup, which now holds the work.
    await vi.waitFor(() =>
      expect(listBackups(join(dir, 'backups'))[0]!.createdAt).toBe(now.toISOString()),
    );
    expect(workshopsIn(listBackups(join(dir, 'backups'))[0]!.path)).toEqual(['Spring class']);
    expect(next.closeAtQuit(), 'nothing new to mark').toBeNull();
    expect(openStore(dir).closedCleanly).toBe(true);
  });

  it('backs up after some hours of use when there is work not yet in a backup', async () => {
    const { api, db, dataDir } = openTestApi();
    let now = new Date(2026, 2, 2, 9, 0);
    const schedule = startBackupSchedule(db, { now: () => now, checkEveryMs: 1e9 });
    await schedule.runOnce();
    now = new Date(2026, 2, 2, 9, 30);
    valueOf(callCommand(api, 'workshops:create', fields));
    now = new Date(2026, 2, 2, 10, 0);
    expect(await schedule.runOnce(), 'an hour after the last backup').toBeNull();
    now = new Date(2026, 2, 2, 9 + AFTER_USE_HOURS, 0);
    const made = await schedule.runOnce();
    expect(made).not.toBeNull();
    expect(workshopsIn(made!.path)).toEqual(['Spring class']);
    now = new Date(2026, 2, 2, 9 + 2 * AFTER_USE_HOURS, 0);
    expect(await schedule.runOnce(), 'nothing changed since').toBeNull();
    await schedule.stop();
    expect(listBackups(join(dataDir, 'backups')).length).toBeGreaterThan(0);
  });

  it('backs up at start the work of a run that ended without closing the database', async () => {
    const source = tempDir();
    const crashed = openStore(source);
    const api = createApi({ db: crashed.db });
    writeBackupNow(crashed.db, join(source, 'backups'), 'automatic', new Date());
    valueOf(callCommand(api, 'workshops:create', fields));
    // What a crash leaves: the change only in the journal, today's backup without it.
    const dir = tempDir();
    for (const name of readdirSync(source)) {
      if (name.startsWith(DATABASE_FILE)) copyFileSync(join(source, name), join(dir, name));
    }
    cpSync(join(source, 'backups'), join(dir, 'backups'), { recursive: true });
    closeStore(crashed.db);

    const reopened = openStore(dir);
    expect(reopened.closedCleanly).toBe(false);
    const upkeep = startStoreUpkeep(reopened);
    // The check at start is under way: this waits for it.
    const made = await upkeep.backups.runOnce();
    expect(made?.kind).toBe('automatic');
    expect(workshopsIn(made!.path)).toEqual(['Spring class']);
    await upkeep.close();
  });

  it('offers, after the database is damaged, a backup with the day’s work in it', async () => {
    const dir = tempDir();
    const opened = openStore(dir);
    const upkeep = startStoreUpkeep(opened);
    await upkeep.backups.runOnce();
    const api = createApi({ db: opened.db });
    valueOf(callCommand(api, 'workshops:create', fields));
    valueOf(callCommand(api, 'workshops:create', { ...fields, title: 'Autumn class' }));
    await upkeep.close();
    writeFileSync(join(dir, DATABASE_FILE), 'this is not a sqlite database '.repeat(200));

    const { api: recovered, notices } = openTestApi(dir);
    const notice = notices[0];
    if (notice?.kind !== 'moved-aside' || !notice.backup) throw new Error('no backup offered');
    valueOf(callCommand(recovered, 'backups:restore', { name: notice.backup.name }));
    expect(
      valueOf(callCommand(recovered, 'workshops:list', {}))
        .map((w) => w.title)
        .sort(),
    ).toEqual(['Autumn class', 'Spring class']);
  });
});

function tempDirOf(file: string): string {
  return file.slice(0, file.lastIndexOf('/'));
}

describe('back up now and restore', () => {
  it('lists a manual backup with its date and size', () => {
    const { api } = openTestApi();
    const made = valueOf(callCommand(api, 'backups:create', {}));
    expect(made.kind).toBe('manual');
    expect(made.sizeBytes).toBeGreaterThan(0);
    expect(valueOf(callCommand(api, 'backups:list', {})).backups).toEqual([made]);
  });

  it('backs up the current state first, then restores the backup, and tells every window', () => {
    let clock = Date.parse('2026-03-01T09:00:00Z');
    const { api, db, events } = openTestApi(undefined, {
      now: () => new Date((clock += 1000)),
    });
    valueOf(callCommand(api, 'workshops:create', fields));
    const backup = valueOf(callCommand(api, 'backups:create', {}));
    const atBackup = snapshot(db);
    valueOf(callCommand(api, 'workshops:create', { ...fields, title: 'Made later' }));
    const beforeRestore = snapshot(db);

    const { safetyCopy } = valueOf(callCommand(api, 'backups:restore', { name: backup.name }));
    expect(snapshot(db)).toBe(atBackup);
    expect(safetyCopy.kind).toBe('before-restore');
    const safety = new Database(safetyCopy.path, { readonly: true });
    expect(safety.prepare('SELECT title FROM workshops ORDER BY title').pluck().all()).toEqual([
      'Made later',
      'Spring class',
    ]);
    safety.close();
    expect(beforeRestore).not.toBe(atBackup);
    expect(events.at(-1)).toEqual({ type: 'workshops-changed' });
    // The api keeps working on the same handle.
    valueOf(callCommand(api, 'workshops:create', { ...fields, title: 'After restore' }));
  });

  it('refuses a name that is not a backup, or a path', () => {
    const { api, db } = openTestApi();
    const before = snapshot(db);
    expect(errorOf(callCommand(api, 'backups:restore', { name: '../workshop.db' })).code).toBe(
      'validation',
    );
    expect(
      errorOf(callCommand(api, 'backups:restore', { name: 'manual-2020-01-01T00-00-00-000Z.db' }))
        .code,
    ).toBe('not-found');
    expect(snapshot(db)).toBe(before);
  });
});

describe('recovery at start', () => {
  it('moves a damaged database aside and offers the newest good backup, naming both files', () => {
    const dir = tempDir();
    const first = openTestApi(dir);
    valueOf(callCommand(first.api, 'workshops:create', fields));
    const older = valueOf(callCommand(first.api, 'backups:create', {}));
    closeStore(first.db);
    // A newer backup that is itself damaged must be passed over.
    writeFileSync(join(dir, 'backups', 'auto-2099-01-01T00-00-00-000Z.db'), 'not a database');
    writeFileSync(join(dir, DATABASE_FILE), 'this is not a sqlite database '.repeat(200));

    const { api, db, notices } = openTestApi(dir);
    const [notice] = notices;
    expect(notice?.kind).toBe('moved-aside');
    if (notice?.kind !== 'moved-aside') return;
    expect(existsSync(notice.damagedPath)).toBe(true);
    expect(notice.databasePath).toBe(join(dir, DATABASE_FILE));
    expect(notice.backup?.name).toBe(older.name);
    expect(notice.message).toContain(notice.damagedPath);
    expect(notice.message).toContain(notice.databasePath);
    expect(notice.message).toContain(older.path);
    expect(valueOf(callCommand(api, 'store:notices', {}))).toEqual([notice]);

    valueOf(callCommand(api, 'backups:restore', { name: older.name }));
    expect(db.prepare('SELECT title FROM workshops').pluck().all()).toEqual(['Spring class']);
    expect(valueOf(callCommand(api, 'store:notices', {}))).toEqual([]);
    expect(readdirSync(dir).some((name) => name.includes('.damaged-'))).toBe(true);
  });

  it('never opens a database from a newer app version for writing', () => {
    const dir = tempDir();
    const file = join(dir, DATABASE_FILE);
    const newer = new Database(file);
    newer.pragma('user_version = 9999');
    newer.close();
    const before = readdirSync(dir);
    expect(() => openStore(dir)).toThrow(NewerDatabaseError);
    expect(readdirSync(dir)).toEqual(before);
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(9999);
    after.close();
  });
});
