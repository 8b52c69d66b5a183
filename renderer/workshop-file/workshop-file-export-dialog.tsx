import { useState } from 'react';
import { useShallow } from 'zustand/shallow';
import { ModalDialog } from '../components/modal-dialog';
import { ClientSafeField } from '../exports/client-safe-field';
import { useAppStore } from '../store/store-context';

/**
 * "Export workshop file": the whole workshop, to move it to another laptop or keep it; or a
 * client-safe copy to hand over, which still imports.
 */
export function WorkshopFileExportDialog() {
  const { workshopId, close, exportFile } = useAppStore(
    useShallow((s) => ({
      workshopId: s.workshopFileExport,
      close: s.closeWorkshopFileExport,
      exportFile: s.exportWorkshopFile,
    })),
  );
  const [clientSafe, setClientSafe] = useState(false);
  const [busy, setBusy] = useState(false);

  function dismiss() {
    setClientSafe(false);
    close();
  }

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!workshopId) return;
    setBusy(true);
    const saved = await exportFile(workshopId, { clientSafe });
    setBusy(false);
    if (saved) dismiss();
  }

  return (
    <ModalDialog
      open={workshopId !== null}
      title="Export workshop file"
      onClose={dismiss}
      size="medium"
    >
      <form className="form export-form" onSubmit={submit} noValidate>
        <p className="dialog__message">
          One file with everything in the workshop — participants, key accounts, every answer and
          the content — to open on another laptop with Import workshop…
        </p>
        <ClientSafeField checked={clientSafe} disabled={busy} onChange={setClientSafe} />
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={dismiss}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={busy}
            aria-busy={busy || undefined}
            data-initial-focus
          >
            Export
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
