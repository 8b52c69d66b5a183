import { useEffect, useId, useState } from 'react';
import { useShallow } from 'zustand/shallow';
import type { ExerciseLetter } from '../../shared/exercises/letters';
import { ModalDialog } from '../components/modal-dialog';
import { useAppStore } from '../store/store-context';
import { useWorkshopContent } from '../store/use-workshop-content';
import { ClientSafeField } from './client-safe-field';
import { ExportActions } from './export-actions';

interface AnswersExportDialogProps {
  open: boolean;
  workshopId: string;
  onClose(): void;
}

/** One exercise's answers as a spreadsheet (CSV): which exercise, with names or without. */
export function AnswersExportDialog({ open, workshopId, onClose }: AnswersExportDialogProps) {
  const id = useId();
  const content = useWorkshopContent(workshopId);
  const [letter, setLetter] = useState<ExerciseLetter>('A');
  const [clientSafe, setClientSafe] = useState(false);
  const { phase, start, cancel, reset } = useAppStore(
    useShallow((s) => ({
      phase: s.exportPhase,
      start: s.startExport,
      cancel: s.cancelExport,
      reset: s.resetExport,
    })),
  );
  const busy = phase.kind === 'running' || phase.kind === 'saving';

  useEffect(() => {
    if (open) reset();
  }, [open, reset]);

  function close() {
    if (busy) void cancel();
    reset();
    onClose();
  }

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await start({ kind: 'answers', workshopId, exercise: letter, clientSafe });
  }

  return (
    <ModalDialog open={open} title="Export answers as a spreadsheet" onClose={close} size="medium">
      <form className="form export-form" onSubmit={submit} noValidate>
        <p className="dialog__message">
          One CSV file per exercise, which any spreadsheet opens: a row for each participant’s
          answer (for each key account, or each item of a list).
        </p>
        <div className="field">
          <label htmlFor={`${id}-exercise`} className="field__label">
            Exercise
          </label>
          <select
            id={`${id}-exercise`}
            className="input"
            value={letter}
            disabled={busy}
            data-initial-focus
            onChange={(e) => setLetter(e.target.value as ExerciseLetter)}
          >
            {content?.exercises.map((exercise) => (
              <option key={exercise.letter} value={exercise.letter}>
                {exercise.letter}. {exercise.title}
              </option>
            ))}
          </select>
        </div>
        <ClientSafeField checked={clientSafe} disabled={busy} onChange={setClientSafe} />
        <ExportActions phase={phase} cannotStart={!content} onClose={close} />
      </form>
    </ModalDialog>
  );
}
