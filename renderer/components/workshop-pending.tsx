import { useShallow } from 'zustand/shallow';
import type { ApiError } from '../../shared/api/errors';
import type { LoadStatus } from '../store/slices/slice';
import { useAppStore } from '../store/store-context';
import { StatusPanel } from './status-panel';

/** The workshop a page shows, once loaded (else null), how its loading stands, and navigate. */
export function useShownWorkshop(workshopId: string) {
  return useAppStore(
    useShallow((s) => ({
      detail: s.currentId === workshopId ? s.current : null,
      status: s.currentStatus,
      error: s.currentError,
      navigate: s.navigate,
    })),
  );
}

/** A workshop's inner page until the workshop is here: loading, or why it could not be. */
export function WorkshopPending({
  status,
  error,
  loading,
}: {
  status: LoadStatus;
  error: ApiError | null;
  /** What is loading, e.g. "Loading exercise…". */
  loading: string;
}) {
  return (
    <div className="page">
      {status === 'error' ? (
        <StatusPanel
          kind="error"
          title="The workshop could not be loaded"
          detail={error?.message}
        />
      ) : (
        <StatusPanel kind="loading" title={loading} />
      )}
    </div>
  );
}
