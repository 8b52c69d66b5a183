import type { exportCommands } from '../../../shared/api/commands/exports';
import { exportFileName } from '../../services/pdf/file-name';
import { loadDocumentData } from '../../services/pdf/load-data';
import {
  getWorkshopSettings,
  putWorkshopSettings,
} from '../../store/repositories/workshop-settings';
import { getWorkshop } from '../../store/repositories/workshops';
import { AppError, notFound } from '../../errors/app-error';
import type { HandlerTable } from '../context';

const noSuchExport = () =>
  new AppError('not-found', 'This export is no longer available. Please export again.');

export const exportHandlers: HandlerTable<keyof typeof exportCommands> = {
  'exports:start': (ctx, request) => {
    const jobs = ctx.exports;
    if (!jobs.canStart()) {
      throw new AppError(
        'rate-limited',
        'Other exports are still being made. Try again in a moment.',
      );
    }
    // Read now, inside this command's transaction: the PDF shows one consistent moment.
    const data = loadDocumentData(ctx.db, request, ctx.now());
    const participant = data.kind === 'workbook' ? data.participant.name : undefined;
    const fileName = exportFileName(request.kind, data.meta.workshop.title, participant);
    return jobs.start(ctx.newId(), request.kind, data, fileName);
  },

  'exports:status': (ctx, { jobId }) => {
    const status = ctx.exports.status(jobId);
    if (!status) throw noSuchExport();
    return status;
  },

  'exports:cancel': (ctx, { jobId }) => {
    const status = ctx.exports.cancel(jobId);
    if (!status) throw noSuchExport();
    return status;
  },

  'settings:get': (ctx, { workshopId }) => {
    if (!getWorkshop(ctx.db, workshopId)) throw notFound('This workshop');
    return getWorkshopSettings(ctx.db, workshopId);
  },

  'settings:update': (ctx, { workshopId, patch }) => {
    if (!getWorkshop(ctx.db, workshopId)) throw notFound('This workshop');
    const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const settings = { ...getWorkshopSettings(ctx.db, workshopId), ...changes };
    putWorkshopSettings(ctx.db, workshopId, settings, ctx.now().toISOString());
    return settings;
  },
};
