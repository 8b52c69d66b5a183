import { z } from 'zod';
import { Id } from '../../schemas/common';
import { TemplateName, TemplateSummary } from '../../templates/template-file';

const ById = z.strictObject({ id: Id });

/** Content templates: saved from a workshop, listed, imported from files, deleted. */
export const templateCommands = {
  'templates:list': { input: z.strictObject({}), output: z.array(TemplateSummary) },
  /**
   * Saves a workshop's content as a template. A template of the same name (in any case) is
   * replaced only when `replace` says so; otherwise the answer is a conflict.
   */
  'templates:save': {
    input: z.strictObject({
      workshopId: Id,
      name: TemplateName,
      replace: z.boolean().default(false),
    }),
    output: TemplateSummary,
  },
  /** `text` is the file as read; a name already taken gets a number: "Spring (2)". */
  'templates:import': { input: z.strictObject({ text: z.string() }), output: TemplateSummary },
  'templates:delete': { input: ById, output: z.strictObject({ id: Id }) },
} as const;
