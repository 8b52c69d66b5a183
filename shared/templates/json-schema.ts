import { z } from 'zod';
import { TEMPLATE_FILE_VERSION, TemplateFile } from './template-file';

/** Where the committed JSON Schema of template files lives, relative to the repository root. */
export const TEMPLATE_JSON_SCHEMA_PATH = 'docs/template-file.schema.json';

/** The template file's JSON Schema as committed, generated from its zod schema (input mode). */
export function templateFileJsonSchemaText(): string {
  const schema = {
    ...z.toJSONSchema(TemplateFile, { io: 'input', target: 'draft-2020-12' }),
    $id: `urn:kam-workshop:template-file:${TEMPLATE_FILE_VERSION}`,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
