import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/shallow';
import {
  readPlanPart,
  planPart,
  type PlanPartName,
  type PlanPartOf,
} from '../../shared/plan/plan-parts';
import type { SaveStatus } from '../store/slices/saved-drafts';
import { planPartKeyId } from '../store/slices/plans-slice';
import { useAppStore } from '../store/store-context';

export interface PlanPartHandle<P extends PlanPartName> {
  /** The part as typed so far (its empty value until one exists). */
  value: PlanPartOf<P>;
  status: SaveStatus;
  error: string | null;
  /** Whether anything was ever saved or typed. */
  begun: boolean;
  /** Changes the part; it saves itself shortly after typing pauses. */
  change(next: PlanPartOf<P>): void;
  retry(): void;
}

/** One part of a plan: the account's (or, for the practices, the participant's). */
export function usePlanPart<P extends PlanPartName>(
  part: P,
  participantId: string,
  accountId: string,
): PlanPartHandle<P> {
  const owner = planPart(part).owner;
  const key = useMemo(
    () => ({ participantId, accountId: owner === 'account' ? accountId : null, part }),
    [participantId, accountId, owner, part],
  );
  const id = planPartKeyId(key);
  const draft = useAppStore((s) => s.planParts.get(id));
  const { load, edit, retry } = useAppStore(
    useShallow((s) => ({ load: s.loadPlanPart, edit: s.editPlanPart, retry: s.retryPlanPart })),
  );

  useEffect(() => {
    void load(key);
  }, [key, load]);

  const value = useMemo(() => readPlanPart(part, draft?.payload ?? null), [part, draft?.payload]);
  return {
    value,
    status: draft?.status ?? 'loading',
    error: draft?.error ?? null,
    begun: draft?.payload !== null && draft?.payload !== undefined,
    change: (next) => edit(key, next),
    retry: () => retry(key),
  };
}
