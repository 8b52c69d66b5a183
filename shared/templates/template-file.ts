/**
 * A content template: a trainer's own version of the module (their timings, notes, questions,
 * hints, model answers, run of show and slides) kept under a name, to start workshops from,
 * and its file (`*.kamtemplate.json`), documented in docs/template-file.md.
 */
import { z } from 'zod';
import { ContentChanges } from '../content/content-changes';
import { Id, Name, Timestamp } from '../schemas/common';

/** The value of `format`: tells a template file from a workshop file or any other JSON. */
export const TEMPLATE_FILE_FORMAT = 'kam-workshop-template';

/** The template file version this build writes and the newest it reads. */
export const TEMPLATE_FILE_VERSION = 1;

/** How template files are named. */
export const TEMPLATE_FILE_EXTENSION = '.kamtemplate.json';

/** The largest template file imported: a template is a few pages of text at most. */
export const MAX_TEMPLATE_FILE_BYTES = 1024 * 1024;

/** A template's name: one line, as a workshop's participants are named. */
export const TemplateName = Name;

/** A template as kept in the app. */
export const ContentTemplate = z.strictObject({
  id: Id,
  name: TemplateName,
  content: ContentChanges,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ContentTemplate = z.infer<typeof ContentTemplate>;

/** A template as listed: what it changes, in a line, without its content. */
export const TemplateSummary = ContentTemplate.omit({ content: true }).extend({
  summary: z.string(),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;

/** A template file: one template, its name and content, and who wrote it when. */
export const TemplateFile = z
  .strictObject({
    format: z.literal(TEMPLATE_FILE_FORMAT),
    version: z.literal(TEMPLATE_FILE_VERSION),
    exportedAt: Timestamp,
    app: z.strictObject({ name: z.string().max(200), version: z.string().max(50) }),
    template: z.strictObject({
      name: TemplateName,
      /** The same shape as a workshop file's `content`. */
      content: ContentChanges,
    }),
  })
  .meta({
    title: 'KAM Relationship Workshop content template',
    description:
      "A trainer's own version of the module's content, as exported by KAM Relationship Workshop.",
  });
export type TemplateFile = z.infer<typeof TemplateFile>;

/** A file name for a template: its name made safe for any file system. */
export function templateFileName(name: string): string {
  const safe = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60);
  return `${safe || 'template'}${TEMPLATE_FILE_EXTENSION}`;
}
