import { useEffect, useId, useState } from 'react';
import { ModalDialog } from '../components/modal-dialog';
import { useAppStore } from '../store/store-context';

interface SaveTemplateDialogProps {
  open: boolean;
  workshopId: string;
  /** What the name field starts with: the workshop's title. */
  suggestedName: string;
  onClose(): void;
}

/** Saves this workshop's content as a named template, asking before replacing one of that name. */
export function SaveTemplateDialog({
  open,
  workshopId,
  suggestedName,
  onClose,
}: SaveTemplateDialogProps) {
  const id = useId();
  const saveTemplate = useAppStore((s) => s.saveTemplate);
  const flushContent = useAppStore((s) => s.flushContent);
  const [name, setName] = useState(suggestedName);
  const [error, setError] = useState<string | null>(null);
  const [taken, setTaken] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setName(suggestedName);
    setError(null);
    setTaken(false);
  }, [open, suggestedName]);

  async function save(replace: boolean) {
    setBusy(true);
    // The template takes what is saved: edits still waiting go first.
    await flushContent();
    const result = await saveTemplate(workshopId, name, replace);
    setBusy(false);
    if (result.ok) return onClose();
    setError(result.error.message);
    setTaken(result.error.code === 'conflict');
  }

  return (
    <ModalDialog open={open} title="Save as a template" onClose={onClose} size="medium">
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save(false);
        }}
      >
        <p className="dialog__message">
          A template keeps this workshop’s content — timings, notes, questions, hints, model
          answers, the run of show and your slides — to start new workshops from. No participant or
          answer goes into it.
        </p>
        <div className="field">
          <label htmlFor={`${id}-name`} className="field__label">
            Template name
          </label>
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            maxLength={120}
            data-initial-focus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
              setTaken(false);
            }}
          />
          {error && (
            <p id={`${id}-error`} className="field__error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="dialog__actions">
          <button type="button" className="button button--ghost" onClick={onClose}>
            Cancel
          </button>
          {taken && (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => void save(true)}
            >
              Replace it
            </button>
          )}
          <button type="submit" className="button button--primary" disabled={busy || taken}>
            Save template
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
