import type { roomCommands } from '../../../shared/api/commands/room';
import { AppError, notFound } from '../../errors/app-error';
import { loadRoomResults } from '../../services/room-results';
import { getWorkshop } from '../../store/repositories/workshops';
import type { HandlerContext, HandlerTable } from '../context';

function workshopOrFail(ctx: HandlerContext, workshopId: string) {
  const workshop = getWorkshop(ctx.db, workshopId);
  if (!workshop) throw notFound('This workshop');
  return workshop;
}

/** The room: learners' devices joining a facilitated workshop over the local network. */
export const roomHandlers: HandlerTable<keyof typeof roomCommands> = {
  'room:open': async (ctx, { workshopId, address, port }) => {
    const workshop = workshopOrFail(ctx, workshopId);
    if (workshop.mode !== 'facilitated') {
      throw new AppError(
        'validation',
        'Only a facilitated workshop has a room: a self-study learner works on their own.',
      );
    }
    return ctx.room.open(workshop, {
      ...(address !== undefined ? { address } : {}),
      ...(port !== undefined ? { port } : {}),
    });
  },

  'room:close': async (ctx, { workshopId }) => {
    workshopOrFail(ctx, workshopId);
    return ctx.room.close(workshopId);
  },

  'room:status': (ctx, { workshopId }) => {
    workshopOrFail(ctx, workshopId);
    return ctx.room.status(workshopId);
  },

  'room:update': (ctx, { workshopId, settings }) => {
    workshopOrFail(ctx, workshopId);
    return ctx.room.update(workshopId, settings);
  },

  'room:addresses': async (ctx) => ctx.room.addresses(),

  'room:results': (ctx, { workshopId, exercise }) => {
    workshopOrFail(ctx, workshopId);
    return loadRoomResults(ctx.db, workshopId, exercise);
  },
};
