import { dirname, join } from 'node:path';
import { AppError } from '../errors/app-error';
import { closeStore, integrityCheck, type Db } from '../store/database';
import { latestSchemaVersion } from '../store/migrations';
import { CHECKPOINT_EVERY_MS, startStoreWorker, type StoreWorker } from '../store/store-worker';
import { BACKUP_FOLDER } from './backups/backup-files';
import { damageFoundMessage, newestGoodBackup } from './backups/recovery';
import { startBackupSchedule, type BackupSchedule } from './backups/schedule';
import { markUnbackedWork } from './backups/unbacked-mark';
import type { OpenedStore } from './open-store';

export interface StoreUpkeepOptions {
  now?: () => Date;
  /** Told when the full check in the background finds damage the quick check at start missed. */
  onDamageFound?: (message: string) => void;
  /** Where failures of background work are reported; the app carries on. */
  onError?: (message: string, error: unknown) => void;
}

/** What keeps an open database healthy while the app runs, and closes it at the end. */
export interface StoreUpkeep {
  backups: BackupSchedule;
  /** The background integrity check's result ('ok' or the damage), or null if none was due. */
  integrityChecked: Promise<string | null>;
  /**
   * Backs up work not yet in a backup, stops the background work and closes the database;
   * resolves with what the user should be told about the close (why the journal stays
   * beside the file), or null.
   */
  close(): Promise<string | null>;
  /**
   * Closes the database at once, as the app quits without waiting (a logout or restart must
   * not be held up): work in no backup is marked, and the next start backs it up.
   */
  closeAtQuit(): string | null;
}

/** Runs the full integrity check on the worker; on the app's own thread if it could not start. */
async function checkInBackground(db: Db, worker: StoreWorker | null): Promise<string> {
  const started = worker
    ? await worker.ready.then(
        () => true,
        () => false,
      )
    : false;
  // A worker that could not start must not leave the file unchecked.
  return started && worker ? worker.integrityCheck() : integrityCheck(db);
}

/**
 * Starts what runs beside an open database: the backups (a session's work is backed up at
 * close), and on a second thread the checkpoints (so no save waits for one) and the full
 * integrity check that a large file could not have at start.
 */
export function startStoreUpkeep(
  opened: OpenedStore,
  options: StoreUpkeepOptions = {},
): StoreUpkeep {
  const { db, file } = opened;
  const onError =
    options.onError ??
    ((message, error) =>
      // An expected failure (a full disk) is said in its own words; anything else in full.
      error instanceof AppError
        ? console.error(`${message}: ${error.message}`)
        : console.error(message, error));
  const onDamageFound = options.onDamageFound ?? ((message) => console.warn(message));

  let closing = false;
  let worker: StoreWorker | null = null;
  try {
    worker = startStoreWorker(db, { checkpointEveryMs: CHECKPOINT_EVERY_MS });
  } catch (error) {
    onError('The store worker could not start; checkpoints and checks run here instead', error);
  }

  const integrityChecked: Promise<string | null> = opened.integrityCheckDue
    ? checkInBackground(db, worker).then(
        (result) => {
          if (result !== 'ok') {
            const backup = newestGoodBackup(
              join(dirname(file), BACKUP_FOLDER),
              latestSchemaVersion,
            );
            onDamageFound(damageFoundMessage(result, file, backup));
          }
          return result;
        },
        (error: unknown) => {
          // Closing the app abandons a check still running: that is no failure to report.
          if (!closing) onError('The full check of the database could not run', error);
          return null;
        },
      )
    : Promise.resolve(null);

  const backups = startBackupSchedule(db, {
    unbackedWorkAtStart: !opened.closedCleanly,
    ...(options.now ? { now: options.now } : {}),
    onError: (error) => onError('Automatic backup failed', error),
  });

  const closeNow = (): string | null => {
    const closed = closeStore(db);
    return closed.journalFolded
      ? null
      : `The database was closed, but its journal (${file}-wal) could not be folded into it ` +
          `(${closed.reason}). Nothing is lost: it is folded in the next time the database ` +
          'is opened. Free some space on the disk before then.';
  };

  return {
    backups,
    integrityChecked,
    async close() {
      closing = true;
      // The session's work goes into a backup before the file is closed.
      await backups.finish();
      await worker?.close();
      await integrityChecked;
      return closeNow();
    },
    closeAtQuit() {
      closing = true;
      if (backups.abandon()) markUnbackedWork(file);
      void worker?.close();
      return closeNow();
    },
  };
}
