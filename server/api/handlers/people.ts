import type { peopleCommands } from '../../../shared/api/commands/workshops';
import {
  deleteAccount,
  getAccount,
  insertAccount,
  renameAccount,
} from '../../store/repositories/accounts';
import {
  deleteParticipant,
  getParticipant,
  insertParticipant,
  renameParticipant,
} from '../../store/repositories/participants';
import { getWorkshop } from '../../store/repositories/workshops';
import { notFound } from '../../errors/app-error';
import type { HandlerContext, HandlerTable } from '../context';
import { workshopChanged } from './workshop-detail';

function participantOrFail(ctx: HandlerContext, id: string) {
  const participant = getParticipant(ctx.db, id);
  if (!participant) throw notFound('This participant');
  return participant;
}

function accountOrFail(ctx: HandlerContext, id: string) {
  const account = getAccount(ctx.db, id);
  if (!account) throw notFound('This account');
  return account;
}

export const peopleHandlers: HandlerTable<keyof typeof peopleCommands> = {
  'participants:add': (ctx, { workshopId, name }) => {
    if (!getWorkshop(ctx.db, workshopId)) throw notFound('This workshop');
    insertParticipant(ctx.db, { id: ctx.newId(), workshopId, name }, ctx.now().toISOString());
    return workshopChanged(ctx, workshopId);
  },

  'participants:rename': (ctx, { id, name }) => {
    const participant = participantOrFail(ctx, id);
    renameParticipant(ctx.db, id, name);
    return workshopChanged(ctx, participant.workshopId);
  },

  'participants:remove': (ctx, { id }) => {
    const participant = participantOrFail(ctx, id);
    deleteParticipant(ctx.db, id);
    return workshopChanged(ctx, participant.workshopId);
  },

  'accounts:add': (ctx, { participantId, name }) => {
    const participant = participantOrFail(ctx, participantId);
    insertAccount(ctx.db, { id: ctx.newId(), participantId, name }, ctx.now().toISOString());
    return workshopChanged(ctx, participant.workshopId);
  },

  'accounts:rename': (ctx, { id, name }) => {
    const account = accountOrFail(ctx, id);
    renameAccount(ctx.db, id, name);
    return workshopChanged(ctx, account.workshopId);
  },

  'accounts:remove': (ctx, { id }) => {
    const account = accountOrFail(ctx, id);
    deleteAccount(ctx.db, id);
    return workshopChanged(ctx, account.workshopId);
  },
};
