import type { Dialog } from 'electron';
import {
  NewerDatabaseError,
  openStore,
  type OpenedStore,
  type StoreNotice,
} from '../server/store/open-store';

type Dialogs = Pick<Dialog, 'showErrorBox' | 'showMessageBox'>;

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
    } else {
      console.error('The workshop database could not be opened', error);
      dialog.showErrorBox(
        'The workshop database could not be opened',
        `${error instanceof Error ? error.message : String(error)}\n\nFolder: ${dataDir}`,
      );
    }
    return null;
  }
  for (const notice of opened.notices) await showNotice(notice, dialog);
  return opened;
}

async function showNotice(notice: StoreNotice, dialog: Dialogs): Promise<void> {
  // A migration is routine and its backup is kept; only a moved-aside file needs the user's attention.
  if (notice.kind !== 'moved-aside') return;
  await dialog.showMessageBox({
    type: 'warning',
    title: 'Workshop database recovered',
    message: 'Your workshop database could not be read, so a new one was started.',
    detail: notice.message,
    buttons: ['OK'],
  });
}
