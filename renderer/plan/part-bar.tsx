import type { ReactNode } from 'react';
import { SaveStatus } from '../views/exercise/save-status';
import type { PlanPartHandle } from './use-plan-part';
import type { PlanPartName } from '../../shared/plan/plan-parts';

/** A page's lead text, with whether what is typed on it is saved. */
export function PartBar({
  handle,
  children,
}: {
  handle: Pick<PlanPartHandle<PlanPartName>, 'status' | 'error' | 'retry'>;
  children: ReactNode;
}) {
  return (
    <div className="plan-bar">
      <div className="plan-bar__lead">{children}</div>
      <SaveStatus status={handle.status} error={handle.error} onRetry={handle.retry} />
    </div>
  );
}
