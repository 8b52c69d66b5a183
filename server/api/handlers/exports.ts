import type { exportCommands, ExportRequest } from '../../../shared/api/commands/exports';
import { exportFileName } from '../../services/pdf/file-name';
import type { ExportData } from '../../services/pdf/document-data';
import { loadDocumentData } from '../../services/pdf/load-data';
import { answersCsv } from '../../services/spreadsheet/answers-csv';
import { templateFileText } from '../../services/templates/template-file-text';
import { getContentTemplate } from '../../store/repositories/content-templates';
import {
  getWorkshopSettings,
  putWorkshopSettings,
} from '../../store/repositories/workshop-settings';
import { getWorkshop } from '../../store/repositories/workshops';
import { AppError, notFound } from '../../errors/app-error';
import type { HandlerContext, HandlerTable } from '../context';

const noSuchExport = () =>
  new AppError('not-found', 'This export is no longer available. Please export again.');

/**
 * What an export shows and its file's name, read now, inside the command's transaction: the
 * file shows one consistent moment however long it takes to draw.
 */
function loadExport(
  ctx: HandlerContext,
  request: ExportRequest,
): { data: ExportData; fileName: string } {
  switch (request.kind) {
    case 'workbook':
    case 'summary': {
      const data = loadDocumentData(ctx.db, request, ctx.now());
      const participant = data.kind === 'workbook' ? data.participant.name : undefined;
      const title = data.meta.workshop.title;
      return { data, fileName: exportFileName(request.kind, title, participant) };
    }
    case 'answers': {
      const { text, fileName } = answersCsv(ctx.db, request);
      return { data: { kind: 'answers', text }, fileName };
    }
    case 'template': {
      const template = getContentTemplate(ctx.db, request.templateId);
      if (!template) throw notFound('This template');
      const { text, fileName } = templateFileText(template, ctx.now());
      return { data: { kind: 'template', text }, fileName };
    }
  }
}

export const exportHandlers: HandlerTable<keyof typeof exportCommands> = {
  'exports:start': (ctx, request) => {
    const jobs = ctx.exports;
    if (!jobs.canStart()) {
      throw new AppError(
        'rate-limited',
        'Other exports are still being made. Try again in a moment.',
      );
    }
    const { data, fileName } = loadExport(ctx, request);
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
