import type { workshopCommands } from '../../../shared/api/commands/workshops';
import { getContentTemplate } from '../../store/repositories/content-templates';
import { insertParticipant } from '../../store/repositories/participants';
import { putContentChanges } from '../../store/repositories/workshop-content';
import {
  deleteWorkshop,
  getWorkshop,
  insertWorkshop,
  listWorkshopSummaries,
  renameWorkshop,
} from '../../store/repositories/workshops';
import { notFound } from '../../errors/app-error';
import type { HandlerTable } from '../context';
import { loadWorkshopDetail } from './workshop-detail';

/** The name a self-study workshop's only participant starts with. */
export const SELF_STUDY_PARTICIPANT = 'Me';

export const workshopHandlers: HandlerTable<keyof typeof workshopCommands> = {
  'workshops:list': (ctx) => listWorkshopSummaries(ctx.db),

  'workshops:create': (ctx, { templateId, ...fields }) => {
    const at = ctx.now().toISOString();
    const template = templateId ? getContentTemplate(ctx.db, templateId) : undefined;
    if (templateId && !template) throw notFound('This template');
    const workshop = { ...fields, id: ctx.newId(), createdAt: at, updatedAt: at };
    insertWorkshop(ctx.db, workshop);
    if (template) putContentChanges(ctx.db, workshop.id, template.content, at);
    if (fields.mode === 'self-study') {
      insertParticipant(
        ctx.db,
        { id: ctx.newId(), workshopId: workshop.id, name: SELF_STUDY_PARTICIPANT },
        at,
      );
    }
    ctx.emit({ type: 'workshops-changed' });
    return workshop;
  },

  'workshops:get': (ctx, { id }) => loadWorkshopDetail(ctx, id),

  'workshops:rename': (ctx, { id, title }) => {
    if (!renameWorkshop(ctx.db, id, title, ctx.now().toISOString()))
      throw notFound('This workshop');
    ctx.emit({ type: 'workshops-changed' });
    ctx.emit({ type: 'workshop-changed', workshopId: id });
    const workshop = getWorkshop(ctx.db, id);
    if (!workshop) throw notFound('This workshop');
    return workshop;
  },

  'workshops:delete': (ctx, { id }) => {
    if (!deleteWorkshop(ctx.db, id)) throw notFound('This workshop');
    ctx.emit({ type: 'workshops-changed' });
    ctx.emit({ type: 'workshop-changed', workshopId: id });
    return { id };
  },
};
