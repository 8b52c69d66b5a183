import type { contentCommands } from '../../../shared/api/commands/content';
import { resolveContent } from '../../../shared/content/resolve-content';
import { notFound } from '../../errors/app-error';
import { getFacilitationState, putFacilitationState } from '../../store/repositories/facilitation';
import { getContentChanges, putContentChanges } from '../../store/repositories/workshop-content';
import { getWorkshop } from '../../store/repositories/workshops';
import type { HandlerContext, HandlerTable } from '../context';

function workshopOrFail(ctx: HandlerContext, workshopId: string) {
  if (!getWorkshop(ctx.db, workshopId)) throw notFound('This workshop');
}

export const contentHandlers: HandlerTable<keyof typeof contentCommands> = {
  'content:get': (ctx, { workshopId }) => {
    workshopOrFail(ctx, workshopId);
    return getContentChanges(ctx.db, workshopId);
  },

  'content:update': (ctx, { workshopId, changes }) => {
    workshopOrFail(ctx, workshopId);
    const at = ctx.now().toISOString();
    const before = resolveContent(getContentChanges(ctx.db, workshopId));
    const after = resolveContent(changes);
    putContentChanges(ctx.db, workshopId, changes, at);
    ctx.emit({ type: 'content-changed', workshopId });
    // A reordered or shortened run of show keeps the room on the step it was showing.
    const state = getFacilitationState(ctx.db, workshopId);
    const showing = before.steps[Math.min(state.stepIndex, before.steps.length - 1)]?.id;
    const found = after.steps.findIndex((step) => step.id === showing);
    const stepIndex = found >= 0 ? found : Math.min(state.stepIndex, after.steps.length - 1);
    if (stepIndex !== state.stepIndex) {
      const moved = { ...state, stepIndex, revision: state.revision + 1 };
      putFacilitationState(ctx.db, workshopId, moved, at);
      ctx.emit({ type: 'facilitation-changed', workshopId, state: moved });
    }
    return changes;
  },
};
