import type { LoadedContent } from '../store/slices/content-slice';

interface ContentSaveStatusProps {
  entry: LoadedContent;
  onRetry(): void;
}

/** Whether the trainer's edits are safe: saved, saving, to be fixed, or failed with a retry. */
export function ContentSaveStatus({ entry, onRetry }: ContentSaveStatusProps) {
  if (entry.status === 'error') {
    return (
      <div className="save-status save-status--error" role="alert">
        <span>Not saved: {entry.error?.message ?? 'the changes could not be saved'}.</span>
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Retry
        </button>
      </div>
    );
  }
  if (entry.status === 'invalid') {
    return (
      <div className="save-status save-status--error" role="status">
        Not saved yet: {entry.error?.message ?? 'something needs fixing'} (marked below).
      </div>
    );
  }
  return (
    <div className={`save-status save-status--${entry.status}`} role="status">
      {entry.status === 'saved' ? 'Saved' : 'Saving…'}
    </div>
  );
}
