import { useShallow } from 'zustand/shallow';
import { ModalDialog } from '../components/modal-dialog';
import { useAppStore } from '../store/store-context';

/** The import's questions and refusals: copy or replace an existing workshop, or why a file was refused. */
export function ImportDialogs() {
  const { step, importText, close } = useAppStore(
    useShallow((s) => ({
      step: s.workshopImport,
      importText: s.importWorkshopText,
      close: s.closeWorkshopImport,
    })),
  );

  if (step.step === 'conflict') {
    return (
      <ModalDialog open title="This workshop is already here" onClose={close} size="medium">
        <p className="dialog__message">
          “{step.existingTitle}” is the same workshop as the one in this file (“
          {step.incomingTitle}”). Import the file as a separate copy, or replace the workshop here
          with the file’s version?
        </p>
        <p className="dialog__message">Replacing deletes what is here now for that workshop.</p>
        {step.incomingNamesRemoved && (
          <p className="dialog__message data-safety__warning">
            This file is a client-safe copy: its names were replaced by labels such as “Participant
            1”. Replacing would put those labels where the names are now.
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button button--ghost" onClick={close}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void importText(step.incomingTitle, step.text, 'replace')}
          >
            Replace the existing one
          </button>
          <button
            type="button"
            className="button button--primary"
            data-initial-focus
            onClick={() => void importText(step.incomingTitle, step.text, 'copy')}
          >
            Import as a copy
          </button>
        </div>
      </ModalDialog>
    );
  }

  if (step.step === 'error') {
    return (
      <ModalDialog
        open
        title="The workshop file could not be imported"
        onClose={close}
        size="medium"
      >
        <p className="dialog__message">
          Nothing was imported from <strong>{step.fileName}</strong>:
        </p>
        <p className="data-safety__error" role="alert">
          {step.message}
        </p>
        <div className="dialog__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={close}
            data-initial-focus
          >
            OK
          </button>
        </div>
      </ModalDialog>
    );
  }
  return null;
}
