import type { SaveStatus as Status } from '../../store/slices/answers-slice';

interface SaveStatusProps {
  status: Status;
  error: string | null;
  onRetry(): void;
}

const labels: Record<Exclude<Status, 'error'>, string> = {
  loading: 'Loading…',
  saved: 'Saved',
  unsaved: 'Saving…',
  saving: 'Saving…',
};

/** Whether what was typed is safe: "Saved", "Saving…", or what went wrong with a retry. */
export function SaveStatus({ status, error, onRetry }: SaveStatusProps) {
  if (status === 'error') {
    return (
      <div className="save-status save-status--error" role="alert">
        <span>Not saved: {error ?? 'the answer could not be saved'}. Retrying automatically.</span>
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Retry now
        </button>
      </div>
    );
  }
  return (
    <div className={`save-status save-status--${status}`} role="status">
      {labels[status]}
    </div>
  );
}
