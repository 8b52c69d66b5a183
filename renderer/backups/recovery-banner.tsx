import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/shallow';
import { ConfirmDialog } from '../components/confirm-dialog';
import { useAppStore } from '../store/store-context';
import { formatDateTime } from '../../shared/format/dates';

/** After a start on a damaged database: what happened, both files, and the backup on offer. */
export function RecoveryBanner() {
  const { recovery, loadRecovery, dismiss, restore } = useAppStore(
    useShallow((s) => ({
      recovery: s.recovery,
      loadRecovery: s.loadRecovery,
      dismiss: s.dismissRecovery,
      restore: s.restoreBackup,
    })),
  );
  const [confirming, setConfirming] = useState(false);
  useEffect(() => void loadRecovery(), [loadRecovery]);

  const notice = recovery[0];
  if (!notice) return null;
  const backup = notice.backup;
  return (
    <section className="recovery-banner" role="alert" aria-labelledby="recovery-title">
      <h2 id="recovery-title" className="recovery-banner__title">
        Your workshop database could not be read
      </h2>
      <p>{notice.message}</p>
      <dl className="recovery-banner__paths">
        <dt>Damaged file (kept)</dt>
        <dd>{notice.damagedPath}</dd>
        <dt>New database</dt>
        <dd>{notice.databasePath}</dd>
        {backup && (
          <>
            <dt>Newest good backup</dt>
            <dd>{backup.path}</dd>
          </>
        )}
      </dl>
      <div className="recovery-banner__actions">
        {backup && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setConfirming(true)}
          >
            Restore the backup of {formatDateTime(backup.createdAt)}
          </button>
        )}
        <button type="button" className="button button--ghost" onClick={dismiss}>
          Keep the new database
        </button>
      </div>
      <ConfirmDialog
        open={confirming && backup !== null}
        title={`Restore the backup of ${backup ? formatDateTime(backup.createdAt) : ''}?`}
        message="The new, empty database is backed up first; the damaged file stays where it is."
        confirmLabel="Restore"
        onCancel={() => setConfirming(false)}
        onConfirm={async () => (backup ? (await restore(backup.name)).ok : true)}
      />
    </section>
  );
}
