import { z } from 'zod';
import { WORKSHOP_FILE_VERSION } from './format';
import { WorkshopFile } from './schema';

/** Where the committed JSON Schema lives, relative to the repository root. */
export const JSON_SCHEMA_PATH = 'docs/workshop-file.schema.json';

/**
 * The JSON Schema of a workshop file, generated from the zod schema. Input mode: it
 * describes what a file may contain (fields with defaults may be left out).
 */
export function workshopFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(WorkshopFile, { io: 'input', target: 'draft-2020-12' }),
    $id: `urn:kam-workshop:workshop-file:${WORKSHOP_FILE_VERSION}`,
  };
}

/** The schema as committed: two-space JSON with a final newline. */
export function workshopFileJsonSchemaText(): string {
  return `${JSON.stringify(workshopFileJsonSchema(), null, 2)}\n`;
}
