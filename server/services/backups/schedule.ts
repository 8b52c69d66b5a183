import type { BackupInfo } from '../../../shared/api/commands/backups';
import type { Db } from '../../store/database';
import { backupFolderOf, listBackups } from './backup-files';
import { daysBetween } from './rotation';
import { pruneBackups, writeOnlineBackup } from './write-backup';

/** How often the schedule looks whether today's backup is still to be made. */
export const CHECK_EVERY_MS = 60 * 60 * 1000;

export interface BackupSchedule {
  /** Makes today's backup if there is none yet; resolves with it, or null if none was due. */
  runOnce(): Promise<BackupInfo | null>;
  /** Stops checking and waits for a backup under way, so the database can then be closed. */
  stop(): Promise<void>;
}

export interface BackupScheduleOptions {
  now?: () => Date;
  checkEveryMs?: number;
  /** Where a failed backup is reported; the app carries on. */
  onError?: (error: unknown) => void;
}

/**
 * Backs the database up at most once a day while the app runs: at start, then whenever an
 * hourly check finds no automatic backup made today. Old ones are pruned by the
 * rotation after each new one.
 */
export function startBackupSchedule(db: Db, options: BackupScheduleOptions = {}): BackupSchedule {
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? ((error) => console.error('Automatic backup failed', error));
  const folder = backupFolderOf(db);
  let running: Promise<BackupInfo | null> | null = null;

  async function backUpIfDue(): Promise<BackupInfo | null> {
    const at = now();
    const madeToday = listBackups(folder).some(
      (b) => b.kind === 'automatic' && daysBetween(new Date(b.createdAt), at) === 0,
    );
    if (madeToday || !db.open) return null;
    const info = await writeOnlineBackup(db, folder, 'automatic', at);
    pruneBackups(folder, at);
    return info;
  }

  function runOnce(): Promise<BackupInfo | null> {
    // One at a time: a check that fires during a slow backup waits for it.
    running ??= backUpIfDue().finally(() => (running = null));
    return running;
  }

  const tick = () => void runOnce().catch(onError);
  const timer = setInterval(tick, options.checkEveryMs ?? CHECK_EVERY_MS);
  // The schedule never keeps the process alive on its own.
  timer.unref();
  tick();
  return {
    runOnce,
    async stop() {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
