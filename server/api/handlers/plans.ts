import type { PlanPartKey, planCommands } from '../../../shared/api/commands/plans';
import { planPart } from '../../../shared/plan/plan-parts';
import { getPlanPart, upsertPlanPart } from '../../store/repositories/plan-parts';
import type { HandlerContext, HandlerTable } from '../context';
import { checkOwner, parsePayload } from './owned-payload';

/** Checks that the part's owner exists and suits the part; returns the workshop id. */
function checkPartOwner(ctx: HandlerContext, key: PlanPartKey): string {
  return checkOwner(ctx, key, planPart(key.part).owner, `The plan's ${key.part}`);
}

export const planHandlers: HandlerTable<keyof typeof planCommands> = {
  'plans:get': (ctx, key) => {
    checkPartOwner(ctx, key);
    const row = getPlanPart(ctx.db, key);
    return row ? { ...row, payload: JSON.parse(row.payload) as unknown } : null;
  },

  'plans:save': (ctx, { payload, ...key }) => {
    const workshopId = checkPartOwner(ctx, key);
    const parsed = parsePayload(planPart(key.part).schema, payload, key.part);
    const updatedAt = ctx.now().toISOString();
    const revision = upsertPlanPart(ctx.db, key, JSON.stringify(parsed), updatedAt);
    ctx.emit({ type: 'plan-saved', workshopId, ...key, revision });
    return { ...key, payload: parsed, revision, updatedAt };
  },
};
