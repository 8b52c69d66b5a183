import type { facilitationCommands } from '../../../shared/api/commands/facilitation';
import { getFacilitationState, putFacilitationState } from '../../store/repositories/facilitation';
import { getWorkshop } from '../../store/repositories/workshops';
import { notFound } from '../app-error';
import type { HandlerContext, HandlerTable } from '../context';

function workshopOrFail(ctx: HandlerContext, workshopId: string): void {
  if (!getWorkshop(ctx.db, workshopId)) throw notFound('This workshop');
}

export const facilitationHandlers: HandlerTable<keyof typeof facilitationCommands> = {
  'facilitation:get': (ctx, { workshopId }) => {
    workshopOrFail(ctx, workshopId);
    return getFacilitationState(ctx.db, workshopId);
  },

  'facilitation:update': (ctx, { workshopId, patch }) => {
    workshopOrFail(ctx, workshopId);
    const current = getFacilitationState(ctx.db, workshopId);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const state = { ...current, ...defined };
    putFacilitationState(ctx.db, workshopId, state, ctx.now().toISOString());
    ctx.emit({ type: 'facilitation-changed', workshopId, state });
    return state;
  },
};
