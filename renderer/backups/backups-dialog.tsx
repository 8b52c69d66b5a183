import { useState } from 'react';
import { useShallow } from 'zustand/shallow';
import type { BackupInfo } from '../../shared/api/commands/backups';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ModalDialog } from '../components/modal-dialog';
import { StatusPanel } from '../components/status-panel';
import { useAppStore } from '../store/store-context';
import { backupKindLabels, formatSize } from './backup-format';
import { formatDateTime } from '../../shared/format/dates';

/** The Backups dialog: every backup with its date and size, "Back up now" and "Restore…". */
export function BackupsDialog() {
  const s = useAppStore(
    useShallow((state) => ({
      open: state.backupsOpen,
      backups: state.backups,
      folder: state.backupsFolder,
      status: state.backupsStatus,
      error: state.backupsError,
      close: state.closeBackups,
      backUpNow: state.backUpNow,
      restore: state.restoreBackup,
      reload: state.loadBackups,
    })),
  );
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  async function backUp() {
    setBusy(true);
    await s.backUpNow();
    setBusy(false);
  }

  return (
    <>
      <ModalDialog open={s.open && !restoring} title="Backups" onClose={s.close} size="medium">
        <p className="dialog__message">
          A backup is made once a day while the app runs. The newest of each of the last 7 days and
          of the 4 weeks before are kept{s.folder ? ` in ${s.folder}` : ''}.
        </p>
        {s.status === 'error' && (
          <StatusPanel
            kind="error"
            title="The backups could not be listed"
            detail={s.error?.message}
          />
        )}
        {s.status === 'ready' && s.backups.length === 0 && (
          <p className="dialog__message">There are no backups yet.</p>
        )}
        {s.backups.length > 0 && (
          <table className="backups-table">
            <caption className="visually-hidden">Backups, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Kind</th>
                <th scope="col">Size</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {s.backups.map((backup) => (
                <tr key={backup.name}>
                  <td>
                    <time dateTime={backup.createdAt}>{formatDateTime(backup.createdAt)}</time>
                  </td>
                  <td>{backupKindLabels[backup.kind]}</td>
                  <td>{formatSize(backup.sizeBytes)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--ghost"
                      aria-label={`Restore the backup of ${formatDateTime(backup.createdAt)}`}
                      onClick={() => setRestoring(backup)}
                    >
                      Restore…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="dialog__actions">
          <button type="button" className="button button--ghost" onClick={s.close}>
            Close
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void backUp()}
            disabled={busy}
            data-initial-focus
          >
            Back up now
          </button>
        </div>
      </ModalDialog>
      <ConfirmDialog
        open={restoring !== null}
        title={`Restore the backup of ${restoring ? formatDateTime(restoring.createdAt) : ''}?`}
        message={
          'Your workshops will be as they were then. The current state is backed up first, ' +
          'so you can come back to it from this list.'
        }
        confirmLabel="Restore"
        onCancel={() => {
          setRestoring(null);
          void s.reload();
        }}
        onConfirm={async () => (restoring ? (await s.restore(restoring.name)).ok : true)}
      />
    </>
  );
}
