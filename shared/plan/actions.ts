/** The plan's actions for one account: what, who, by when, which gap each closes, and how it stands. */
import { z } from 'zod';
import { AnswerText } from '../kinds/answer-text';
import { Id, IsoDate } from '../schemas/common';

/** The kinds of gap an action can close, as the plan page groups them. */
export const gapKinds = ['mismatch', 'stage', 'map', 'single-thread', 'layer', 'buyer'] as const;
export const GapKind = z.enum(gapKinds);
export type GapKind = z.infer<typeof GapKind>;

/** How each kind of gap is headed. */
export const gapKindLabels: Readonly<Record<GapKind, string>> = {
  mismatch: 'Top-three mismatches (C)',
  stage: 'The stage (D)',
  map: 'The map (G)',
  'single-thread': 'Single threads',
  layer: 'Thin layers of involvement',
  buyer: 'The buyer’s lens',
};

/** The longest description of a gap. */
export const MAX_GAP_LABEL_CHARS = 500;

/**
 * A gap an action closes. Its label is kept with the action, so the plan still says what the
 * action was for once the gap itself is closed.
 */
export const GapRef = z.strictObject({
  kind: GapKind,
  /** Stable within an account: the same gap gets the same key each time it is found. */
  key: z.string().min(1).max(200),
  label: z.string().max(MAX_GAP_LABEL_CHARS),
});
export type GapRef = z.infer<typeof GapRef>;

export const actionStatuses = ['planned', 'under-way', 'done', 'dropped'] as const;
export const ActionStatus = z.enum(actionStatuses);
export type ActionStatus = z.infer<typeof ActionStatus>;

/** How each status is named. */
export const actionStatusLabels: Readonly<Record<ActionStatus, string>> = {
  planned: 'Planned',
  'under-way': 'Under way',
  done: 'Done',
  dropped: 'Dropped',
};

/** The longest "who". */
export const MAX_WHO_CHARS = 120;
/** The most actions one plan holds. */
export const MAX_PLAN_ACTIONS = 100;

export const PlanAction = z.strictObject({
  id: Id,
  what: AnswerText,
  who: z.string().max(MAX_WHO_CHARS),
  /** By when, as YYYY-MM-DD; empty until decided. */
  due: z.union([IsoDate, z.literal('')]),
  closes: GapRef.nullable(),
  status: ActionStatus,
});
export type PlanAction = z.infer<typeof PlanAction>;

export const ActionsPart = z.strictObject({ actions: z.array(PlanAction).max(MAX_PLAN_ACTIONS) });
export type ActionsPart = z.infer<typeof ActionsPart>;

export const emptyActions: ActionsPart = { actions: [] };

/** Whether an action is past its date and not finished (done or dropped). `today` is YYYY-MM-DD. */
export function isOverdue(action: Pick<PlanAction, 'due' | 'status'>, today: string): boolean {
  return (
    action.due !== '' &&
    action.due < today &&
    action.status !== 'done' &&
    action.status !== 'dropped'
  );
}

/** The actions counted by status. */
export function countByStatus(actions: readonly PlanAction[]): Record<ActionStatus, number> {
  const counts = { planned: 0, 'under-way': 0, done: 0, dropped: 0 };
  for (const action of actions) counts[action.status] += 1;
  return counts;
}
