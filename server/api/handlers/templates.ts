import type { templateCommands } from '../../../shared/api/commands/templates';
import { describeChanges } from '../../../shared/content/describe-changes';
import { readTemplateText } from '../../../shared/templates/read-template-file';
import type { ContentTemplate, TemplateSummary } from '../../../shared/templates/template-file';
import { AppError, notFound } from '../../errors/app-error';
import {
  deleteContentTemplate,
  findContentTemplateByName,
  getContentTemplate,
  insertContentTemplate,
  listContentTemplates,
  updateContentTemplate,
} from '../../store/repositories/content-templates';
import { getContentChanges } from '../../store/repositories/workshop-content';
import { getWorkshop } from '../../store/repositories/workshops';
import type { HandlerContext, HandlerTable } from '../context';

function summaryOf({ content, ...template }: ContentTemplate): TemplateSummary {
  return { ...template, summary: describeChanges(content) };
}

/** The name itself when free, else the first of "Name (2)", "Name (3)"… that is. */
function freeName(ctx: HandlerContext, name: string): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = `${name.slice(0, 120 - suffix.length)}${suffix}`;
    if (!findContentTemplateByName(ctx.db, candidate)) return candidate;
  }
}

function saved(ctx: HandlerContext, id: string): TemplateSummary {
  const template = getContentTemplate(ctx.db, id);
  if (!template) throw new Error('The template was not written');
  ctx.emit({ type: 'templates-changed' });
  return summaryOf(template);
}

export const templateHandlers: HandlerTable<keyof typeof templateCommands> = {
  'templates:list': (ctx) => listContentTemplates(ctx.db).map(summaryOf),

  'templates:save': (ctx, { workshopId, name, replace }) => {
    if (!getWorkshop(ctx.db, workshopId)) throw notFound('This workshop');
    const content = getContentChanges(ctx.db, workshopId);
    const at = ctx.now().toISOString();
    const existing = findContentTemplateByName(ctx.db, name);
    if (existing && !replace) {
      throw new AppError(
        'conflict',
        `There is already a template called “${existing.name}”. Replace it, or choose another name.`,
        'name',
      );
    }
    if (existing) {
      updateContentTemplate(ctx.db, existing.id, { name, content, updatedAt: at });
      return saved(ctx, existing.id);
    }
    const id = ctx.newId();
    insertContentTemplate(ctx.db, { id, name, content, createdAt: at, updatedAt: at });
    return saved(ctx, id);
  },

  'templates:import': (ctx, { text }) => {
    const check = readTemplateText(text, Buffer.byteLength(text, 'utf8'));
    if (!check.ok) {
      const message = check.path ? `${check.path}: ${check.message}` : check.message;
      throw new AppError('validation', message, check.path || undefined);
    }
    const at = ctx.now().toISOString();
    const id = ctx.newId();
    const { name, content } = check.file.template;
    insertContentTemplate(ctx.db, {
      id,
      name: freeName(ctx, name),
      content,
      createdAt: at,
      updatedAt: at,
    });
    return saved(ctx, id);
  },

  'templates:delete': (ctx, { id }) => {
    if (!deleteContentTemplate(ctx.db, id)) throw notFound('This template');
    ctx.emit({ type: 'templates-changed' });
    return { id };
  },
};
