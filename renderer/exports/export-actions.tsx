import type { ExportPhase } from '../store/slices/exports-slice';
import { ExportProgress } from './export-progress';

interface ExportActionsProps {
  phase: ExportPhase;
  /** Nothing to export yet (no participant, the content still loading). */
  cannotStart: boolean;
  onClose(): void;
}

/** An export dialog's foot: the job's progress, Close (or Cancel export), and Export (again). */
export function ExportActions({ phase, cannotStart, onClose }: ExportActionsProps) {
  const busy = phase.kind === 'running' || phase.kind === 'saving';
  return (
    <>
      <ExportProgress phase={phase} />
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {busy ? 'Cancel export' : 'Close'}
        </button>
        {!busy && (
          <button type="submit" className="button button--primary" disabled={cannotStart}>
            {phase.kind === 'idle' ? 'Export' : 'Export again'}
          </button>
        )}
      </div>
    </>
  );
}
