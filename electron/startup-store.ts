import { dirname } from 'node:path';
import type { Dialog } from 'electron';
import { forgetRecoveryNotices } from '../server/services/backups/recovery';
import { restoreBackup } from '../server/services/backups/restore';
import {
  DatabaseUnavailableError,
  type UnavailableReason,
} from '../server/services/database-unavailable';
import {
  NewerDatabaseError,
  openStore,
  type OpenedStore,
  type StoreNotice,
} from '../server/services/open-store';

type Dialogs = Pick<Dialog, 'showErrorBox' | 'showMessageBox'>;

/** The error box's title for a database that is there but cannot be used now. */
const unavailableTitle: Record<UnavailableReason, string> = {
  locked: 'The workshop database is in use by another program',
  unreadable: 'The workshop database cannot be read by this user',
  'read-only': 'The workshop database cannot be written',
  'cannot-open': 'The workshop database could not be opened',
};

/**
 * Opens the store for the desktop app, telling the user what they need to know:
 * returns null (after an error box) when the app must quit instead of starting.
 */
export async function openStoreForDesktop(
  dataDir: string,
  dialog: Dialogs,
): Promise<OpenedStore | null> {
  let opened: OpenedStore;
  try {
    opened = openStore(dataDir);
  } catch (error) {
    if (error instanceof NewerDatabaseError) {
      dialog.showErrorBox('This workshop database is from a newer version', error.message);
    } else if (error instanceof DatabaseUnavailableError) {
      dialog.showErrorBox(unavailableTitle[error.reason], error.message);
    } else {
      console.error('The workshop database could not be opened', error);
      dialog.showErrorBox(
        'The workshop database could not be opened',
        `${error instanceof Error ? error.message : String(error)}\n\nFolder: ${dataDir}`,
      );
    }
    return null;
  }
  for (const notice of opened.notices) await showNotice(opened, notice, dialog);
  return opened;
}

async function showNotice(
  opened: OpenedStore,
  notice: StoreNotice,
  dialog: Dialogs,
): Promise<void> {
  // A migration is routine and its backup is kept; only a moved-aside file needs the user's attention.
  if (notice.kind !== 'moved-aside') return;
  const backup = notice.backup;
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: 'Workshop database recovered',
    message: backup
      ? 'Your workshop database could not be read. Restore the newest good backup?'
      : 'Your workshop database could not be read, so a new one was started.',
    detail: notice.message,
    buttons: backup ? ['Restore the backup', 'Keep the new database'] : ['OK'],
    defaultId: 0,
    cancelId: backup ? 1 : 0,
  });
  if (!backup || response !== 0) return;
  try {
    // The new, empty database is backed up first, like every restore.
    restoreBackup(opened.db, dirname(backup.path), backup.name, new Date());
    forgetRecoveryNotices(opened.db);
  } catch (error) {
    dialog.showErrorBox(
      'The backup could not be restored',
      `${error instanceof Error ? error.message : String(error)}\n\nBackup: ${backup.path}`,
    );
  }
}
