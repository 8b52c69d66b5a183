import { useState } from 'react';
import { ModalDialog } from './modal-dialog';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  /** Runs the destructive action; resolves true when it succeeded. */
  onConfirm(): Promise<boolean>;
  onCancel(): void;
}

/** Asks before something is removed for good; Cancel has focus so Enter is safe. */
export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    const done = await onConfirm();
    setBusy(false);
    if (done) onCancel();
  }

  return (
    <ModalDialog open={open} title={title} onClose={onCancel}>
      <p className="dialog__message">{message}</p>
      <div className="dialog__actions">
        <button
          type="button"
          className="button button--ghost"
          onClick={onCancel}
          data-initial-focus
        >
          Cancel
        </button>
        <button type="button" className="button button--danger" onClick={confirm} disabled={busy}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
