import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  TEMPLATE_JSON_SCHEMA_PATH,
  templateFileJsonSchemaText,
} from '../../../shared/templates/json-schema';
import {
  JSON_SCHEMA_PATH,
  workshopFileJsonSchemaText,
} from '../../../shared/workshop-file/json-schema';

describe('the committed JSON Schema of the workshop file', () => {
  it('is exactly what the zod schema generates (run npm run generate:workshop-file-schema)', () => {
    expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(workshopFileJsonSchemaText());
  });

  it('names the format and version every reader checks first', () => {
    const schema = JSON.parse(workshopFileJsonSchemaText()) as {
      properties: Record<string, { const?: unknown }>;
      required: string[];
    };
    expect(schema.properties.format?.const).toBe('kam-workshop');
    expect(schema.properties.version?.const).toBe(2);
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'participants']));
  });
});

describe('the committed JSON Schema of the template file', () => {
  it('is exactly what the zod schema generates (run npm run generate:workshop-file-schema)', () => {
    expect(readFileSync(TEMPLATE_JSON_SCHEMA_PATH, 'utf8')).toBe(templateFileJsonSchemaText());
  });

  it('names the format and version every reader checks first', () => {
    const schema = JSON.parse(templateFileJsonSchemaText()) as {
      properties: Record<string, { const?: unknown }>;
      required: string[];
    };
    expect(schema.properties.format?.const).toBe('kam-workshop-template');
    expect(schema.properties.version?.const).toBe(1);
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'template']));
  });
});
