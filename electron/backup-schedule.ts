import type { App } from 'electron';
import { startBackupSchedule } from '../server/services/backups/schedule';
import { closeStore, type Db } from '../server/store/database';

/**
 * Runs the daily backup while the app runs, and closes the database once every window has
 * closed. Nothing holds the quit up: preventing it would cancel a macOS logout or restart.
 * A backup still under way then is abandoned (closing the database ends it, leaving an
 * unlisted `.partial` copy), and the next start makes the day's backup again.
 */
export function runBackupsUntilQuit(app: Pick<App, 'on'>, db: Db): void {
  const schedule = startBackupSchedule(db, {
    onError: (error) => {
      if (db.open) console.error('Automatic backup failed', error);
    },
  });
  app.on('will-quit', () => {
    void schedule.stop();
    closeStore(db);
  });
}
