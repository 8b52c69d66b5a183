import type { WorkshopDetail } from '../../../shared/schemas/workshop';
import { listAccountsOfWorkshop } from '../../store/repositories/accounts';
import { listParticipants } from '../../store/repositories/participants';
import { getWorkshop, touchWorkshop } from '../../store/repositories/workshops';
import { notFound } from '../../errors/app-error';
import type { HandlerContext } from '../context';

/** A workshop with its participants and their accounts, or a not-found error. */
export function loadWorkshopDetail(ctx: HandlerContext, workshopId: string): WorkshopDetail {
  const workshop = getWorkshop(ctx.db, workshopId);
  if (!workshop) throw notFound('This workshop');
  const accounts = listAccountsOfWorkshop(ctx.db, workshopId);
  const participants = listParticipants(ctx.db, workshopId).map((p) => ({
    ...p,
    accounts: accounts.filter((a) => a.participantId === p.id),
  }));
  return { workshop, participants };
}

/** Records that a workshop's people changed, tells every window, and returns the new detail. */
export function workshopChanged(ctx: HandlerContext, workshopId: string): WorkshopDetail {
  touchWorkshop(ctx.db, workshopId, ctx.now().toISOString());
  ctx.emit({ type: 'workshop-changed', workshopId });
  ctx.emit({ type: 'workshops-changed' });
  return loadWorkshopDetail(ctx, workshopId);
}
