import { exportFileTypes } from '../../shared/api/commands/exports';
import type { ExportPhase } from '../store/slices/exports-slice';

/** The export's progress bar and outcome, announced to screen readers as it changes. */
export function ExportProgress({ phase }: { phase: ExportPhase }) {
  if (phase.kind === 'idle') return null;
  if (phase.kind === 'failed') {
    return (
      <p className="form__error export-progress__error" role="alert">
        {phase.message}
      </p>
    );
  }
  const progress =
    phase.kind === 'running' ? phase.status.progress : phase.kind === 'cancelled' ? 0 : 1;
  const text =
    phase.kind === 'running'
      ? `Making the ${exportFileTypes[phase.status.kind].noun}… ${phase.status.step}`
      : phase.kind === 'saving'
        ? `Saving the ${exportFileTypes[phase.status.kind].noun}…`
        : phase.kind === 'cancelled'
          ? 'Export cancelled. No file was saved.'
          : `Exported: ${phase.where}`;
  return (
    <div className="export-progress">
      {(phase.kind === 'running' || phase.kind === 'saving') && (
        <progress
          className="export-progress__bar"
          max={1}
          value={progress}
          aria-label="Export progress"
        />
      )}
      <p className="export-progress__text" role="status">
        {text}
      </p>
    </div>
  );
}
