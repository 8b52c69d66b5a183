import type { BackupInfo } from '../../../shared/api/commands/backups';
import { changesSinceOpen, type Db } from '../../store/database';
import { backupFolderOf, listBackups } from './backup-files';
import { daysBetween } from './rotation';
import { pruneBackups, writeOnlineBackup } from './write-backup';

/** How often the schedule looks whether a backup is due. */
export const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Work not yet in any backup is backed up once the newest backup is this old, so a day's work
 * is in a backup within hours even if the app is never closed cleanly.
 */
export const AFTER_USE_MS = 2 * 60 * 60 * 1000;

export interface BackupSchedule {
  /** Makes a backup if one is due; resolves with it, or null if none was due. */
  runOnce(): Promise<BackupInfo | null>;
  /**
   * Stops checking and backs up any work not yet in a backup, as the app closes; resolves
   * with that backup, or null if none was needed (or it failed, which is reported).
   */
  finish(): Promise<BackupInfo | null>;
  /** Stops checking and waits for a backup under way, so the database can then be closed. */
  stop(): Promise<void>;
  /**
   * Stops checking at once, giving up a backup under way, as the app quits without waiting;
   * says whether there is work in no backup.
   */
  abandon(): boolean;
}

export interface BackupScheduleOptions {
  now?: () => Date;
  checkEveryMs?: number;
  /** Where a failed backup is reported; the app carries on. */
  onError?: (error: unknown) => void;
  /**
   * The database may hold work that is in no backup yet (the app last stopped without
   * closing it): the first check backs it up even if today already has a backup.
   */
  unbackedWorkAtStart?: boolean;
}

/**
 * Backs the database up while the app runs: at start and whenever an hourly check finds no
 * automatic backup made today, after some hours of use when there is work not yet in a
 * backup, and at close (finish) when there is. The rotation keeps the newest of each day,
 * so the backup a day keeps holds its work. Old ones are pruned after each new one.
 */
export function startBackupSchedule(db: Db, options: BackupScheduleOptions = {}): BackupSchedule {
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? ((error) => console.error('Automatic backup failed', error));
  const folder = backupFolderOf(db);
  let running: Promise<BackupInfo | null> | null = null;
  // What the newest backup holds, as a count of changes; null while unknown (work at start).
  let changesInBackup: number | null = options.unbackedWorkAtStart ? null : changesSinceOpen(db);

  const unbackedWork = () => changesInBackup === null || changesSinceOpen(db) !== changesInBackup;

  function isDue(at: Date): boolean {
    const backups = listBackups(folder);
    const madeToday = backups.some(
      (b) => b.kind === 'automatic' && daysBetween(new Date(b.createdAt), at) === 0,
    );
    if (!madeToday) return true;
    const newest = backups[0];
    const age = newest ? at.getTime() - Date.parse(newest.createdAt) : Infinity;
    return unbackedWork() && (changesInBackup === null || age >= AFTER_USE_MS);
  }

  async function backUp(at: Date): Promise<BackupInfo> {
    // Counted before copying: a change made while the copy runs is counted as not in it.
    const changes = changesSinceOpen(db);
    const info = await writeOnlineBackup(db, folder, 'automatic', at);
    changesInBackup = changes;
    pruneBackups(folder, at);
    return info;
  }

  function runOnce(): Promise<BackupInfo | null> {
    // One at a time: a check that fires during a slow backup waits for it.
    running ??= (async () => {
      const at = now();
      return db.open && isDue(at) ? backUp(at) : null;
    })().finally(() => (running = null));
    return running;
  }

  const tick = () => void runOnce().catch(onError);
  const timer = setInterval(tick, options.checkEveryMs ?? CHECK_EVERY_MS);
  // The schedule never keeps the process alive on its own.
  timer.unref();
  tick();

  async function stop(): Promise<void> {
    clearInterval(timer);
    await running?.catch(() => undefined);
  }

  return {
    runOnce,
    stop,
    abandon() {
      clearInterval(timer);
      return db.open && unbackedWork();
    },
    async finish() {
      await stop();
      if (!db.open || !unbackedWork()) return null;
      try {
        return await backUp(now());
      } catch (error) {
        onError(error);
        return null;
      }
    },
  };
}
